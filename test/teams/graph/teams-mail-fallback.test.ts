/**
 * E-mail as the fallback of Teams through Graph (issue 13 §3): with SMTP_URL and TEAMS_GRAPH_INSTALL=on, a round's
 * lead without a chat account is tried in Teams first; where Graph refuses for good (nobody with that address in
 * the tenant, consent missing) the same message arrives once by e-mail, with a working update link, and the project
 * leader hears nothing; a lead Graph accepts gets only the Teams message. Without SMTP_URL the leader is told, as
 * before; when the e-mail fails too, the leader is told once. The service's own delivery (startDelivery) sends the
 * outbox; Graph, its token endpoint and the Bot Connector are local fakes, the SMTP server is real.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { type App, composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import type { Actor } from "../../../src/core/actor.js";
import { identify } from "../../../src/core/identify.js";
import { type Delivery, startDelivery } from "../../../src/delivery.js";
import { createLogger } from "../../../src/logging.js";
import { startMail } from "../../../src/mail/start-mail.js";
import { renderText } from "../../../src/render/text.js";
import { updatePageDeps } from "../../../src/served-regions.js";
import { HttpServer } from "../../../src/server/http-server.js";
import { mountUpdatePage } from "../../../src/web/update/update-routes.js";
import { AGENDA_FILE, LEADER } from "../../support/agenda-fixture.js";
import type { FakeConnector } from "../../support/fake-connector.js";
import type { FakeGraph } from "../../support/fake-graph.js";
import { forEachDatabase } from "../../support/for-each-database.js";
import { CARLA, graphTeamsEnv, graphTeamsSender, LEADER_CHAT, rememberLeaderChat, startGraphTenant } from "../../support/graph-tenant.js";
import { SmtpSink } from "../../support/smtp-sink.js";
import { waitUntil } from "../../support/wait.js";

/** Not in the tenant (another organisation): Graph finds nobody. English. */
const BOB = { mail: "bob@school.nl", displayName: "Bob Outside" };

const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));
const linkIn = (text: string) => /(http:\/\/localhost:\d+\/bijwerken\?t=[0-9a-f.]+)/.exec(text)?.[1];

forEachDatabase("a Teams lead Graph refuses, with e-mail as the fallback", { agenda: true }, (ctx) => {
  let graph: FakeGraph;
  let connector: FakeConnector;
  let sink: SmtpSink;
  let http: HttpServer;
  let port: number;
  let codes: { carla: string; bob: string };
  const stops: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    sink = new SmtpSink();
    http = new HttpServer(createLogger("silent"));
    [{ graph, connector }] = await Promise.all([startGraphTenant(), sink.start()]);
    port = await http.listen(0, "127.0.0.1");
    const { store } = ctx.agenda;
    const loopt = (await store.listActions({ statuses: ["loopt"] })).map((action) => action.code);
    codes = { carla: loopt[0] ?? "", bob: loopt[1] ?? "" };
    const carla = await store.ensurePerson(CARLA.mail, CARLA.displayName);
    await store.addLead(codes.carla, carla.id, null);
    const bob = await store.ensurePerson(BOB.mail, BOB.displayName);
    await store.setLocale(bob.id, "en");
    await store.addLead(codes.bob, bob.id, null);
    // The project leader has written to the bot in Teams: what could not be delivered is told in that chat.
    await rememberLeaderChat(store, connector);
  });
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    await Promise.all([graph.stop(), connector.stop(), sink.stop(), http.close()]);
  });

  /** The service's parts as a start builds them: the app, its Teams and mail senders, the outbox's delivery, the update page. */
  async function start(options: { smtp: boolean }): Promise<{ app: App; leader: Actor }> {
    const config = loadConfig({
      LEADER_EMAILS: LEADER,
      AGENDA_FILE,
      ...graphTeamsEnv({ graph, connector }),
      ...(options.smtp
        ? {
            // One connection per mail: a pooled one would hold the sink open past the test.
            SMTP_URL: `${sink.url}?pool=false`,
            MAIL_FROM: "Doe-agenda <doe-agenda@haarlem.nl>",
            MAIL_MESSAGES_PER_SECOND: "20",
          }
        : {}),
    });
    const logger = createLogger("silent");
    const app = await composeApp(ctx.database, config, { seed: false, listeningPort: port });
    const teams = graphTeamsSender(config, app);
    const mail = await startMail(config.mail, logger);
    const delivery: Delivery = startDelivery({ app, logger, senders: { teams, ...(mail.sender ? { mail: mail.sender } : {}) } });
    stops.push(() => delivery.stop());
    mountUpdatePage(http, [updatePageDeps(app)], "nl");
    return { app, leader: await identify(app.people, app.leaders, { channel: "cli", email: LEADER }) };
  }

  const toCarla = () => connector.sent.filter((sent) => sent.conversationId === graph.chatIdOf(CARLA.id));
  const toLeader = () => connector.sent.filter((sent) => sent.conversationId === LEADER_CHAT);
  const failedRows = () => ctx.database.prisma.outboxMessage.findMany({ where: { status: "failed" }, orderBy: { id: "asc" } });

  /** The update page behind the mail's link, as the lead opens it. */
  async function openLink(text: string): Promise<{ status: number; body: string }> {
    const link = linkIn(text);
    expect(link, "the update link in the mail").toBeDefined();
    const response = await fetch((link ?? "").replace(/^http:\/\/localhost:\d+/, `http://127.0.0.1:${port}`));
    return { status: response.status, body: await response.text() };
  }

  it("previews Teams through Graph with e-mail as the fallback; the lead Graph finds nowhere gets one mail with a working link, the one it accepts only Teams", async () => {
    const { app, leader } = await start({ smtp: true });
    const preview = renderText((await app.core.run("herinner status loopt", leader)).message);
    const fallbackLine = "via Teams (gezocht op e-mailadres; de bot installeert zich via Microsoft Graph), en lukt dat niet, per e-mail";
    expect(preview).toContain(`Bob Outside\n`);
    expect(preview.split(fallbackLine)).toHaveLength(3);
    expect(preview).not.toContain("Nog niet bereikbaar");
    expect((await app.core.run("herinner start status loopt", leader)).changed).toBe(true);

    await sink.waitFor(() => sink.to(BOB.mail).length > 0, "Bob's mail");
    await waitUntil(() => toCarla().length > 0, 20_000, "Carla's Teams message");
    await settle();
    // Bob: exactly one message, by e-mail, in English, with his update link; Graph found nobody for him.
    expect(sink.mails).toHaveLength(1);
    const mail = sink.to(BOB.mail)[0];
    expect(mail?.text).toContain(codes.bob);
    expect(mail?.text).toContain("Update your actions on this page");
    expect(mail?.text).not.toContain(codes.carla);
    const page = await openLink(mail?.text ?? "");
    expect(page.status).toBe(200);
    expect(page.body).toContain(codes.bob);
    expect(page.body).toContain('lang="en"');
    // Carla: only Teams, once. The leader hears nothing: nothing was lost.
    expect(toCarla()).toHaveLength(1);
    expect(sink.to(CARLA.mail)).toHaveLength(0);
    expect(toLeader()).toHaveLength(0);
    expect((await failedRows()).map((row) => [row.platform, row.target])).toEqual([["teams", `email:${BOB.mail}`]]);
  }, 60_000);

  it("mails a lead once when Graph refuses (403, consent missing), the follow-up by e-mail too with a fresh link and without Graph, and tells the leader nothing", async () => {
    graph.refuse = {
      status: 403,
      code: "Forbidden",
      message: "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.",
    };
    const { app, leader } = await start({ smtp: true });
    await app.core.run("herinner start status loopt", leader);
    await sink.waitFor(() => sink.to(CARLA.mail).length > 0 && sink.to(BOB.mail).length > 0, "both mails");
    await settle();
    expect(sink.to(CARLA.mail)).toHaveLength(1);
    expect(sink.to(BOB.mail)).toHaveLength(1);
    const carla = sink.to(CARLA.mail)[0]?.text ?? "";
    expect(carla).toContain("Werk je acties bij op deze pagina");
    expect(carla).toContain(codes.carla);
    const page = await openLink(carla);
    expect(page.status).toBe(200);
    expect(page.body).toContain(codes.carla);
    expect(toCarla()).toHaveLength(0);
    expect(toLeader()).toHaveLength(0);

    // Each lead's channel in the round is e-mail now: the follow-up is one more mail each, and Graph is not asked again.
    const round = await app.ports.rounds.openRound();
    expect(round?.recipients.map((recipient) => [recipient.platform, recipient.target])).toEqual([
      ["mail", BOB.mail],
      ["mail", CARLA.mail],
    ]);
    const graphCalls = graph.requests.length;
    await ctx.database.prisma.reminderRound.update({ where: { id: round?.id ?? 0 }, data: { followUpAt: new Date(Date.now() - 1000) } });
    expect((await app.rounds.runDue()).nudged).toBe(2);
    await sink.waitFor(() => sink.to(CARLA.mail).length > 1, "Carla's follow-up");
    await settle();
    expect(sink.to(CARLA.mail)).toHaveLength(2);
    expect(sink.to(BOB.mail)).toHaveLength(2);
    expect(linkIn(sink.to(CARLA.mail)[1]?.text ?? "")).not.toBe(linkIn(carla));
    expect(new Set(sink.mails.map((received) => received.messageId)).size).toBe(4);
    expect(graph.requests.length).toBe(graphCalls);
    expect(toLeader()).toHaveLength(0);
  }, 60_000);

  it("without SMTP_URL tells the leader, as before, and mails nobody", async () => {
    graph.refuse = { status: 403, code: "Forbidden", message: "Missing role permissions on the request." };
    const { app, leader } = await start({ smtp: false });
    const preview = renderText((await app.core.run("herinner status loopt", leader)).message);
    expect(preview).toContain("via Teams (gezocht op e-mailadres; de bot installeert zich via Microsoft Graph)");
    expect(preview).not.toContain("per e-mail");
    await app.core.run("herinner start status loopt", leader);
    await waitUntil(() => toLeader().length >= 2, 20_000, "the leader's notices");
    await settle();
    const told = toLeader().map((sent) => JSON.stringify(sent.activity.attachments));
    expect(told).toHaveLength(2);
    expect(told.every((notice) => notice.includes("Microsoft Graph weigerde de bot in Teams voor hem of haar te installeren"))).toBe(true);
    expect(sink.mails).toHaveLength(0);
  }, 60_000);

  it("tells the leader once when the fallback mail fails too (550)", async () => {
    sink.refusals.set(BOB.mail, { code: 550, times: 99 });
    const { app, leader } = await start({ smtp: true });
    await app.core.run("herinner start status loopt", leader);
    await waitUntil(() => toLeader().length > 0, 20_000, "the leader's notice");
    await settle();
    const told = toLeader().map((sent) => JSON.stringify(sent.activity.attachments));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(BOB.mail);
    expect(told[0]).toMatch(/550/);
    expect(toCarla()).toHaveLength(1);
    expect(sink.mails).toHaveLength(0);
    expect((await failedRows()).map((row) => row.platform)).toEqual(["teams", "mail"]);
  }, 60_000);
});
