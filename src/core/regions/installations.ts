/**
 * The ports behind installing the chat app into a region: the regions there are (agendas), and the sealed
 * installations of chat workspaces (Slack), each linked to one region. What is sealed is opaque here.
 */

import type { RegionSummary } from "./region-ports.js";

/** A workspace's installation as stored: who it is, which region it belongs to, and its sealed contents. */
export interface SealedInstallation {
  teamId: string;
  enterpriseId: string | null;
  agendaId: number;
  sealed: string;
}

/** Saving refuses a workspace already linked to another region (and then changes nothing). */
export type InstallationSaved = { saved: true } | { saved: false; linkedTo: RegionSummary };

export interface SealedInstallations {
  /** Links the workspace to the region and stores (or replaces) its installation, in one transaction. */
  save(installation: SealedInstallation): Promise<InstallationSaved>;
  byTeam(teamId: string): Promise<SealedInstallation | null>;
  /** The installation of a workspace linked to this region (the first installed, when there are several). */
  forRegion(agendaId: number): Promise<SealedInstallation | null>;
  /** Removes the installation (true when there was one); the region link stays (a reinstall goes to the same region). */
  remove(teamId: string): Promise<boolean>;
  /** The region a workspace is linked to, installed or not. */
  regionOfTeam(teamId: string): Promise<RegionSummary | null>;
}
