/**
 * Routes a chat request to its region. A linked workspace or tenant goes to its region (opened when it was
 * created after start; nowhere when this process does not serve it). An unlinked one goes to the default region only when that cannot mix
 * regions up: the database holds one region, or the operator named the one this process serves (AGENDA_SLUG).
 */
import type { ChatAdapterDeps, ChatRegions } from "../chat-adapter.js";
import type { Locale } from "../domain/locale.js";
import type { InboundEventLog } from "../ports.js";
import type { ChatPlatform, RegionDirectory } from "./region-ports.js";

export interface RoutedRegion extends ChatAdapterDeps {
  region: { agendaId: number };
}

export interface RegionRouterOptions {
  /** The regions served, the default one first (a list that grows when a region is opened). */
  regions: readonly RoutedRegion[];
  /** The region of this agenda, opened if need be; null when this process does not serve it. */
  open: (agendaId: number) => Promise<RoutedRegion | null>;
  directory: RegionDirectory;
  /** True when this process serves one named region (AGENDA_SLUG): unlinked workspaces are that region's. */
  namedRegion: boolean;
  /** How long a link (or its absence) is remembered; a `regio koppel` takes effect within this time. */
  cacheMs?: number;
  now?: () => number;
}

export class RegionRouter implements ChatRegions {
  readonly events: InboundEventLog;
  readonly defaultLocale: Locale;
  private readonly cache = new Map<string, { agendaId: number | null; at: number }>();
  private regionCount: { count: number; at: number } | null = null;

  constructor(private readonly options: RegionRouterOptions) {
    const [first] = options.regions;
    if (!first) throw new Error("a region router needs at least one region");
    this.events = first.events;
    this.defaultLocale = first.defaultLocale;
  }

  all(): readonly RoutedRegion[] {
    return this.options.regions;
  }

  async forTenant(platform: ChatPlatform, tenantId: string): Promise<RoutedRegion | null> {
    const linked = await this.remembered(`${platform}:${tenantId}`, () => this.options.directory.regionOf(platform, tenantId));
    if (linked !== null) return this.options.open(linked);
    if (this.options.namedRegion || (await this.soleRegion())) return this.options.regions[0] ?? null;
    return null;
  }

  private async soleRegion(): Promise<boolean> {
    const now = this.now();
    if (!this.regionCount || now - this.regionCount.at > this.cacheMs()) {
      this.regionCount = { count: (await this.options.directory.regions()).length, at: now };
    }
    return this.regionCount.count === 1;
  }

  private async remembered(key: string, look: () => Promise<number | null>): Promise<number | null> {
    const now = this.now();
    const known = this.cache.get(key);
    if (known && now - known.at <= this.cacheMs()) return known.agendaId;
    const agendaId = await look();
    this.cache.set(key, { agendaId, at: now });
    return agendaId;
  }

  private cacheMs(): number {
    return this.options.cacheMs ?? 10_000;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
