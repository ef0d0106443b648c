/** Dutch texts for a workspace or tenant that belongs to no region served here. */
export const regionRoutingNl = {
  unknownWorkspace: (teamId: string) =>
    `Deze Slack-werkruimte (${teamId}) hoort bij geen regio van deze doe-agenda; er is niets gelezen of opgeslagen. Vraag de beheerder om haar te koppelen: \`npm run cli -- regio koppel <regio> slack ${teamId}\`.`,
  unknownTenant: (tenantId: string) =>
    `Jouw organisatie (Teams-tenant ${tenantId}) hoort bij geen regio van deze doe-agenda; er is niets gelezen of opgeslagen. Vraag de beheerder om haar te koppelen: \`npm run cli -- regio koppel <regio> teams ${tenantId}\`.`,
};
