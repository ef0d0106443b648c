/**
 * The regions of one deployment, for its administrator (`npm run cli -- regio …`): a region is an agenda with its
 * project leaders and the Slack workspaces and Teams tenants linked to it (each linked to one region only).
 */

import type { ChatPlatform } from "./region-ports.js";

export const REGION_PLATFORMS = ["slack", "teams"] as const satisfies readonly ChatPlatform[];

export interface RegionLinkRef {
  platform: ChatPlatform;
  /** A Slack team id, or a Teams tenant id. */
  tenantId: string;
}

export interface RegionOverview {
  slug: string;
  name: string;
  /** Actions not retired. */
  actions: number;
  leaders: string[];
  links: RegionLinkRef[];
}

export type LinkOutcome =
  | { outcome: "linked" }
  | { outcome: "already" }
  | { outcome: "unknown-region" }
  /** The workspace or tenant belongs to another region: unlink it there first. */
  | { outcome: "linked-elsewhere"; region: string };

export interface RegionAdmin {
  /** Creates an empty region with these leaders; "exists" (and nothing stored) when the slug is taken. */
  create(slug: string, name: string, leaders: readonly string[]): Promise<"created" | "exists">;
  /** The region with this slug, or null. */
  find(slug: string): Promise<{ slug: string; name: string } | null>;
  /** Every region, the first (lowest id) first. */
  list(): Promise<RegionOverview[]>;
  link(slug: string, link: RegionLinkRef): Promise<LinkOutcome>;
  /** Undoes a link; the region it was linked to, or null when it was not linked. */
  unlink(link: RegionLinkRef): Promise<string | null>;
}
