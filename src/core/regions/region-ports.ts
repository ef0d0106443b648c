/** Regions: one agenda each, with the Slack workspaces and Teams tenants linked to it. */
import type { Platform } from "../domain/agenda.js";

export interface RegionSummary {
  agendaId: number;
  slug: string;
  name: string;
}

/** Chat platforms a workspace or tenant can be linked on (mail has no tenants). */
export type ChatPlatform = Exclude<Platform, "mail">;

/** Which region a Slack workspace or Teams tenant belongs to. */
export interface RegionDirectory {
  /** Every region in the database, oldest first (the first is the one LEADER_EMAILS seeds). */
  regions(): Promise<RegionSummary[]>;
  /** The agenda id of the region this workspace (Slack team id) or tenant (Teams) is linked to; null when none. */
  regionOf(platform: ChatPlatform, tenantId: string): Promise<number | null>;
}
