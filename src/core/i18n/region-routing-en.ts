/** English texts for a workspace or tenant that belongs to no region served here. */
import type { RegionRoutingTexts } from "./texts.js";

export const regionRoutingEn: RegionRoutingTexts = {
  unknownWorkspace: (teamId) =>
    `This Slack workspace (${teamId}) belongs to no region of this action agenda; nothing was read or saved. Ask the administrator to link it: \`npm run cli -- regio koppel <region> slack ${teamId}\`.`,
  unknownTenant: (tenantId) =>
    `Your organisation (Teams tenant ${tenantId}) belongs to no region of this action agenda; nothing was read or saved. Ask the administrator to link it: \`npm run cli -- regio koppel <region> teams ${tenantId}\`.`,
};
