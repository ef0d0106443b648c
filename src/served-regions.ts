/**
 * The regions this process serves, each an App on the one database: those there were at start, and a region
 * created while it runs (`regio add`, a Slack install into it) from its first message or the next minute's
 * look. Each region sends its own outbox with its own senders; their dashboards and update pages are listed here.
 */
import { type App, type AppOptions, composeApp, composeRegions } from "./app.js";
import type { Config } from "./config/env.js";
import type { MessageSender } from "./core/delivery/delivery-worker.js";
import type { Platform } from "./core/domain/agenda.js";
import { type Delivery, startDelivery } from "./delivery.js";
import type { Logger } from "./logging.js";
import type { Database } from "./persistence/database.js";
import type { DashboardDeps } from "./web/dashboard-deps.js";
import type { UpdatePageDeps } from "./web/update/update-routes.js";

export type RegionSenders = Partial<Record<Platform, MessageSender>>;

export interface ServedRegionsOptions {
  database: Database;
  config: Config;
  app: AppOptions;
  logger: Logger;
}

export class ServedRegions {
  /** The default region first (AGENDA_SLUG's, else the first in the database). */
  readonly apps: App[] = [];
  readonly dashboards: DashboardDeps[] = [];
  readonly updatePages: UpdatePageDeps[] = [];
  private readonly deliveries: Delivery[] = [];
  private readonly opening = new Map<number, Promise<App | null>>();
  private sendersFor: ((region: App) => RegionSenders) | null = null;

  private constructor(private readonly options: ServedRegionsOptions) {}

  static async compose(options: ServedRegionsOptions): Promise<ServedRegions> {
    const served = new ServedRegions(options);
    for (const app of await composeRegions(options.database, options.config, options.app)) served.add(app);
    return served;
  }

  get first(): App {
    const [first] = this.apps;
    if (!first) throw new Error("no region is served");
    return first;
  }

  /** The region of this agenda, composed now when it was created after start; null when this process does not serve it. */
  open(agendaId: number): Promise<App | null> {
    const known = this.apps.find((app) => app.region.agendaId === agendaId);
    if (known) return Promise.resolve(known);
    // A process for one named region (AGENDA_SLUG) serves no other.
    if (this.options.config.agendaSlug) return Promise.resolve(null);
    let opening = this.opening.get(agendaId);
    if (!opening) {
      opening = this.composeLate(agendaId).finally(() => this.opening.delete(agendaId));
      this.opening.set(agendaId, opening);
    }
    return opening;
  }

  /** Serves the regions created since start, so their digests and rounds run before anyone writes to the bot. */
  async openNew(): Promise<void> {
    for (const region of await this.first.ports.regions.regions()) await this.open(region.agendaId);
  }

  /** From now on every region (and each one opened later) sends its outbox with these senders. */
  startDelivering(sendersFor: (region: App) => RegionSenders): void {
    this.sendersFor = sendersFor;
    for (const app of this.apps) this.deliver(app);
  }

  async stop(): Promise<void> {
    for (const delivery of this.deliveries) await delivery.stop();
    // The first closes the database; the others share it.
    for (const app of this.apps.slice(1)) await app.close();
    await this.first.close();
  }

  private async composeLate(agendaId: number): Promise<App | null> {
    const region = (await this.first.ports.regions.regions()).find((candidate) => candidate.agendaId === agendaId);
    if (!region) return null;
    const { database, config } = this.options;
    const app = await composeApp(database, config, {
      ...this.options.app,
      seed: false,
      agendaSlug: region.slug,
      sharedDatabase: true,
      leaderEmails: [],
    });
    this.add(app);
    if (this.sendersFor) this.deliver(app);
    this.options.logger.info({ region: region.slug }, "region created since start: served from now on");
    return app;
  }

  private add(app: App): void {
    this.apps.push(app);
    this.dashboards.push({
      region: app.region,
      reader: app.ports.reader,
      dashboard: app.dashboard.reader,
      digests: app.core,
      access: app.dashboard.access,
      reports: app.dashboard.report,
      clock: app.clock,
      defaultLocale: this.options.config.defaultLocale,
    });
    this.updatePages.push(updatePageDeps(app));
  }

  private deliver(app: App): void {
    if (!this.sendersFor) return;
    const logger = this.options.logger.child({ region: app.region.slug });
    this.deliveries.push(startDelivery({ app, logger, senders: this.sendersFor(app) }));
  }
}

/** What a region's update page (`/bijwerken`) works with. */
export function updatePageDeps(app: App): UpdatePageDeps {
  return {
    links: app.updateLinks,
    rounds: app.ports.rounds,
    people: app.dashboard.reader,
    goals: app.ports.goals,
    core: app.core,
    leaders: app.leaders,
  };
}
