/**
 * The leaders of one region, read from the database when the app is composed and kept there: `leider toevoegen`
 * and `leider weg` write through (the database first, then this copy), and another instance's changes are read
 * again at most every `refreshMs` (30 s), lazily, when someone is identified (see identify.ts). Between two reads
 * an instance may answer with the list of up to 30 s ago. The addresses of LEADER_EMAILS (`configured`, only in
 * the first region) always lead there and cannot be removed by command.
 */
import { LeaderPolicy } from "../actor.js";
import type { LeaderRemoval, RegionLeaderRow, RegionLeaderStore } from "./region-leader-store.js";

export const LEADER_REFRESH_MS = 30_000;

export type LeaderChange = LeaderRemoval | "added" | "already" | "configured";

export interface RegionLeaderPolicyOptions {
  store: RegionLeaderStore;
  /** LEADER_EMAILS when this is the first region, else none. */
  configured: readonly string[];
  /** Milliseconds on a monotonic clock (default: performance.now), for the refresh interval. */
  now?: () => number;
  refreshMs?: number;
}

export class RegionLeaderPolicy extends LeaderPolicy {
  private readonly configured: Set<string>;
  private readonly refreshMs: number;
  private rows: RegionLeaderRow[] = [];
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: RegionLeaderPolicyOptions) {
    super(options.configured);
    this.configured = new Set(this.list);
    this.refreshMs = options.refreshMs ?? LEADER_REFRESH_MS;
    this.now = options.now ?? (() => performance.now());
  }

  /** The policy with the region's leaders read. */
  static async load(options: RegionLeaderPolicyOptions): Promise<RegionLeaderPolicy> {
    const policy = new RegionLeaderPolicy(options);
    await policy.refresh();
    return policy;
  }

  /** The leaders with when each was added, as last read. */
  get leaders(): readonly RegionLeaderRow[] {
    return this.rows;
  }

  /** True for an address of LEADER_EMAILS (removed there, not by command). */
  isConfigured(email: string): boolean {
    return this.configured.has(email.trim().toLowerCase());
  }

  /** Reads the leaders again (one read at a time; callers meanwhile share it). */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  override async refreshIfStale(): Promise<void> {
    if (this.now() - this.readAt < this.refreshMs) return;
    try {
      await this.refresh();
    } catch {
      // The database did not answer: keep the list as last read (the next request tries again).
    }
  }

  async add(email: string, addedById: number | null): Promise<LeaderChange> {
    const added = await this.options.store.add(email, addedById);
    await this.refresh();
    return added ? "added" : "already";
  }

  async remove(email: string): Promise<LeaderChange> {
    if (this.isConfigured(email)) return "configured";
    const outcome = await this.options.store.remove(email);
    await this.refresh();
    return outcome;
  }

  private async read(): Promise<void> {
    const rows = await this.options.store.list();
    this.rows = rows;
    this.replace([...this.configured, ...rows.map((row) => row.email)]);
    this.readAt = this.now();
  }
}
