import { afterEach, beforeEach, expect, it } from "vitest";
import { type App, composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import { amsterdamDate } from "../../../src/core/calendar/dutch-holidays.js";
import { workingDaysAfter } from "../../../src/core/calendar/working-dates.js";
import { DEFAULT_DELIVERY_POLICY, DeliveryWorker, type GiveUpNotice } from "../../../src/core/delivery/delivery-worker.js";
import { tellLeadersAboutFailure } from "../../../src/core/delivery/failure-notice.js";
import { identify } from "../../../src/core/identify.js";
import { renderText } from "../../../src/render/text.js";
import { AGENDA_FILE, LEADER } from "../../support/agenda-fixture.js";
import type { FakeConnector } from "../../support/fake-connector.js";
import type { FakeGraph } from "../../support/fake-graph.js";
import { forEachDatabase } from "../../support/for-each-database.js";
import {
  APP,
  CARLA,
  CATALOG_ID,
  graphTeamsEnv,
  graphTeamsSender,
  LEADER_CHAT,
  rememberLeaderChat,
  startGraphTenant,
} from "../../support/graph-tenant.js";

/**
 * Carla (UWV) leads 1.3 and has never opened the bot: the agenda knows only her e-mail address. With Graph set up
 * the round's message reaches her in Teams: the bot finds her in the tenant, installs itself for her, and writes
 * in the new personal chat. Microsoft Graph, its token endpoint and the Bot Connector are local fakes.
 */
// The outbox stamps messages with the database's time: the worker's clock is kept just past it (see deliver).
forEachDatabase("a Teams lead who never opened the bot", { agenda: true, clock: new Date() }, (ctx) => {
  let graph: FakeGraph;
  let connector: FakeConnector;
  const given: GiveUpNotice[] = [];

  beforeEach(async () => {
    ({ graph, connector } = await startGraphTenant());
    given.length = 0;
    const { store } = ctx.agenda;
    const carla = await store.ensurePerson(CARLA.mail, CARLA.displayName);
    await store.addLead("1.3", carla.id, null);
    // The project leader has written to the bot in Teams: failures are told in that chat.
    await rememberLeaderChat(store, connector);
  });
  afterEach(async () => {
    await Promise.all([graph.stop(), connector.stop()]);
  });

  /** The service's parts as a start builds them (a restart builds new ones): the app on the database, its Teams sender and outbox worker. */
  async function start(): Promise<{ app: App; worker: DeliveryWorker }> {
    const config = loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE, ...graphTeamsEnv({ graph, connector }) });
    const app = await composeApp(ctx.database, config, { seed: false, clock: ctx.clock });
    const sender = graphTeamsSender(config, app);
    const deps = { outbox: app.ports.outbox, people: app.people, leaders: app.leaders, locale: "nl" as const };
    const worker = new DeliveryWorker(
      app.ports.outbox,
      { teams: sender },
      ctx.clock,
      async (failure) => {
        given.push(failure);
        await tellLeadersAboutFailure(failure, deps);
      },
      { ...DEFAULT_DELIVERY_POLICY, pacingMs: { slack: 10, teams: 10 }, ratePerSecond: { slack: 50, teams: 50 } },
    );
    return { app, worker };
  }

  async function startRound(app: App) {
    const leader = await identify(app.people, app.leaders, { channel: "cli", email: LEADER });
    const reply = await app.core.run("herinner start", leader);
    expect(reply.changed).toBe(true);
    return leader;
  }

  /** Runs the outbox worker as its poll would, `runs` times, on a clock just past the database's time of queueing. */
  async function deliver(worker: DeliveryWorker, runs = 3) {
    for (let run = 0; run < runs; run++) {
      if (ctx.clock.now().getTime() < Date.now()) ctx.clock.set(new Date(Date.now() + 1000));
      await worker.runOnce();
    }
  }

  const toCarla = () => connector.sent.filter((sent) => sent.conversationId === graph.chatIdOf(CARLA.id));
  const toLeader = () => connector.sent.filter((sent) => sent.conversationId === LEADER_CHAT);

  it("reaches her exactly once through Graph, remembers the chat, and the next round goes there without Graph", async () => {
    const first = await start();
    const leader = await startRound(first.app);
    const [queued] = await ctx.database.prisma.outboxMessage.findMany();
    expect(queued).toMatchObject({ platform: "teams", target: "email:carla@uwv.nl" });
    await deliver(first.worker);

    expect(toCarla()).toHaveLength(1);
    expect(toCarla()[0]?.activity.summary).toBe("Hoe staat het met je acties?");
    expect(JSON.stringify(toCarla()[0]?.activity.attachments)).toContain("1.3");
    // One token, asked with the app's credentials; every Graph call carries it.
    expect(graph.tokenRequests).toEqual([
      { grant_type: "client_credentials", client_id: APP.id, client_secret: APP.secret, scope: "https://graph.microsoft.com/.default" },
    ]);
    expect(new Set(graph.calls.map((call) => call.authorization))).toEqual(new Set(["Bearer graph-token-1"]));
    expect(graph.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "GET /v1.0/users",
      "GET /v1.0/appCatalogs/teamsApps",
      "GET /v1.0/users/aad-carla/teamwork/installedApps",
      "POST /v1.0/users/aad-carla/teamwork/installedApps",
      "GET /v1.0/users/aad-carla/teamwork/installedApps",
      "GET /v1.0/users/aad-carla/teamwork/installedApps/installation-aad-carla-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/chat",
    ]);
    expect(graph.calls[1]?.query).toContain(`$filter=externalId eq '${APP.id}'`);
    expect(graph.calls[3]?.body).toEqual({ "teamsApp@odata.bind": `${graph.url}/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
    expect(graph.installationsOf(CARLA.id)).toEqual([CATALOG_ID]);
    expect(given).toEqual([]);

    // Remembered: her chat is her Teams conversation and her Entra ID account is linked to her.
    const carla = await first.app.people.findByEmail(CARLA.mail);
    expect(await first.app.people.directTargets(carla?.id ?? 0)).toEqual([{ platform: "teams", target: graph.chatIdOf(CARLA.id) }]);
    expect(
      await ctx.database.prisma.platformIdentity.findMany({ where: { personId: carla?.id ?? 0 }, select: { platform: true, externalId: true } }),
    ).toEqual([{ platform: "teams", externalId: CARLA.id }]);

    // A restart, the round closed and a new one started: it goes to her chat, and Graph is not asked.
    await first.app.core.run("ronde sluit", leader);
    const second = await start();
    const callsBefore = graph.requests.length;
    await startRound(second.app);
    const [latest] = await ctx.database.prisma.outboxMessage.findMany({
      where: { target: { not: { startsWith: "email:" } }, dedupeKey: { contains: "round" } },
    });
    expect(latest?.target).toBe(graph.chatIdOf(CARLA.id));
    await deliver(second.worker);
    expect(toCarla()).toHaveLength(2);
    expect(graph.requests.length).toBe(callsBefore);
  });

  it("leaves her unreachable through Teams when Graph refuses (403), says why to the leader, and goes on", async () => {
    graph.refuse = {
      status: 403,
      code: "Forbidden",
      message: "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.",
    };
    const { app, worker } = await start();
    await startRound(app);
    await deliver(worker);

    expect(toCarla()).toHaveLength(0);
    expect(given).toHaveLength(1);
    expect(given[0]?.unreachable).toBe("refused");
    expect(given[0]?.error).toMatch(/^not reachable through Teams \(refused\): Graph answered 403 Forbidden while looking up the user/);
    const failed = await ctx.database.prisma.outboxMessage.findFirst({ where: { target: "email:carla@uwv.nl" } });
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    // The leader hears it in Teams, with what to do.
    const told = toLeader().map((sent) => JSON.stringify(sent.activity.attachments));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("Microsoft Graph weigerde de bot in Teams voor hem of haar te installeren");
    expect(told[0]).toContain("TeamsAppInstallation.ReadWriteSelfForUser.All");
    // Nothing was remembered for her; once consent is granted the next round reaches her.
    const carla = await app.people.findByEmail(CARLA.mail);
    expect(await app.people.directTargets(carla?.id ?? 0)).toEqual([]);
  });

  it("does not keep a Graph outage: the message is retried and reaches her once Graph answers", async () => {
    const { app, worker } = await start();
    await startRound(app);
    graph.outage("graph", 1);
    await deliver(worker, 1);
    expect(toCarla()).toHaveLength(0);
    const waiting = await ctx.database.prisma.outboxMessage.findFirst({ where: { target: "email:carla@uwv.nl" } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting?.lastError).toMatch(/not reachable through Teams \(unavailable\): Graph answered 503/);
    ctx.clock.set(new Date(Date.now() + 60_000));
    await deliver(worker);
    expect(toCarla()).toHaveLength(1);
    expect(given).toEqual([]);
    expect(graph.tokenRequests).toHaveLength(1);
  });

  it("waits out a throttled Graph (429) as the Retry-After says, without counting it as a failed try", async () => {
    const { app, worker } = await start();
    await startRound(app);
    graph.throttled = 1;
    await deliver(worker, 1);
    const waiting = await ctx.database.prisma.outboxMessage.findFirst({ where: { target: "email:carla@uwv.nl" } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 0 });
    expect((waiting?.nextAttemptAt.getTime() ?? 0) - ctx.clock.now().getTime()).toBeGreaterThanOrEqual(6000);
    ctx.clock.set(new Date(Date.now() + 60_000));
    await deliver(worker);
    expect(toCarla()).toHaveLength(1);
    expect(given).toEqual([]);
  });

  it("reaches her with an answer to an escalation about her action, and with a reminder before its deadline", async () => {
    const { app, worker } = await start();
    const leader = await identify(app.people, app.leaders, { channel: "cli", email: LEADER });
    await app.core.run("escaleer 1.3 RWB: Wie benadert de werkgevers?", leader);
    const answered = await app.core.run("antwoord 1 De werkgeversservice van UWV.", leader);
    expect(renderText(answered.message)).toContain("Carla Jansen krijgt een bericht.");
    await deliver(worker);
    expect(toCarla()).toHaveLength(1);
    expect(JSON.stringify(toCarla()[0]?.activity.attachments)).toContain("De werkgeversservice van UWV.");

    // Three working days before 1.3's deadline, at noon: the reminder goes to the chat found above, without Graph.
    const today = amsterdamDate(new Date());
    ctx.clock.set(new Date(`${today}T11:00:00Z`));
    await ctx.database.prisma.action.updateMany({ where: { code: "1.3" }, data: { deadline: new Date(`${workingDaysAfter(today, 3)}T00:00:00Z`) } });
    const graphCalls = graph.requests.length;
    expect(await app.schedulers.deadlines.runDue()).toBe(1);
    await deliver(worker);
    expect(toCarla()).toHaveLength(2);
    expect(graph.requests.length).toBe(graphCalls);
    expect(given).toEqual([]);
  });
});
