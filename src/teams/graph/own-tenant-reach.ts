/**
 * Graph installs the bot in one tenant (MicrosoftAppTenantId). With several regions on one service, a region looks
 * its leads up there only when that tenant is its own (linked to it, or linked to none and so its own); otherwise
 * its leads would be found, and written to, in another region's organisation.
 */
import type { ChatReach } from "../../core/delivery/chat-reach.js";
import type { TeamsChat, TeamsReach } from "../teams-reach.js";

export class OwnTenantReach implements TeamsReach {
  constructor(
    private readonly graph: TeamsReach,
    private readonly tenantId: string,
    private readonly ownsTenant: (tenantId: string) => Promise<boolean>,
  ) {}

  async reach(email: string): Promise<ChatReach<TeamsChat>> {
    if (await this.ownsTenant(this.tenantId)) return this.graph.reach(email);
    return {
      reachable: false,
      reason: "not-found",
      detail: `the tenant ${this.tenantId}, where the bot installs itself by e-mail address, belongs to another region (or to none): "npm run cli -- regio koppel <regio> teams ${this.tenantId}" links it`,
    };
  }
}
