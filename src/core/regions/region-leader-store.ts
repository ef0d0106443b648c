/** The project leaders of one region (an agenda), as the database keeps them: the port behind `leider` and the policy. */

export interface RegionLeaderRow {
  email: string;
  addedAt: Date;
}

export type LeaderRemoval = "removed" | "not-a-leader" | "last-leader";

export interface RegionLeaderStore {
  /** The region's leaders, oldest first. */
  list(): Promise<RegionLeaderRow[]>;
  /** Adds a leader; false when the address already was one. */
  add(email: string, addedById: number | null): Promise<boolean>;
  /** Removes a leader, in one transaction, unless they are the region's last. */
  remove(email: string): Promise<LeaderRemoval>;
}
