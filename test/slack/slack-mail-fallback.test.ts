/**
 * E-mail as the fallback of Slack's look-up by address: a deadline reminder to a lead who never used the bot goes to
 * Slack as `email:<address>` (users.lookupByEmail when it is sent). With SMTP_URL, a lead nobody in the workspace has
 * the address of gets the reminder once by e-mail and the project leader hears nothing; a lead Slack finds gets only
 * the Slack message and is linked. Without SMTP_URL the leader is told, as before. Slack is the local fake, the
 * outbox's delivery and the SMTP server are real.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { type App, composeApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import { type Delivery, startDelivery } from "../../src/delivery.js";
import { createLogger } from "../../src/logging.js";
import { startMail } from "../../src/mail/start-mail.js";
import { SlackSender } from "../../src/slack/slack-sender.js";
import { AGENDA_FILE, LEADER } from "../support/agenda-fixture.js";
import { FakeSlack } from "../support/fake-slack.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { SmtpSink } from "../support/smtp-sink.js";
import { waitUntil } from "../support/wait.js";

const TOKEN = "xoxb-mail-fallback";
/** In the workspace, never wrote to the bot. */
const CARLA = { id: "UCARLA", teamId: "T1", name: "carla", realName: "Carla Smit", email: "carla@uwv.nl", locale: "nl-NL" };
/** The project leader, in the workspace and known to the bot there. */
const PIM = { id: "UPIM", teamId: "T1", name: "pim", realName: "Pim Projectleider", email: LEADER, locale: "nl-NL" };
/** Not in the workspace (another organisation). */
const BOB = "bob@school.nl";
const CODE = "2.5";

/** A calendar day `days` after today in Amsterdam, as YYYY-MM-DD. */
const amsterdamDay = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
/**
 * Tomorrow at noon (past 09:00 in Amsterdam, summer or winter), the day before the deadline: the reminder is due.
 * Close to the real time, because the outbox dates its rows by the database's clock (a notice's useful life).
 */
const REMINDER_DAY = new Date(`${amsterdamDay(1)}T12:00:00+01:00`);
const DEADLINE = new Date(`${amsterdamDay(2)}T00:00:00Z`);

forEachDatabase("a Slack lead found by nobody's address, with e-mail as the fallback", { agenda: true, clock: REMINDER_DAY }, (ctx) => {
  let slack: FakeSlack;
  let sink: SmtpSink;
  const stops: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    slack = new FakeSlack(TOKEN);
    for (const user of [CARLA, PIM]) slack.addUser(user);
    sink = new SmtpSink();
    await Promise.all([slack.start(), sink.start()]);
    const { store } = ctx.agenda;
    const leader = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(leader.id, { platform: "slack", tenantId: "T1", externalId: PIM.id });
    for (const [email, name] of [
      [CARLA.email, CARLA.realName],
      [BOB, "Bob Outside"],
    ] as const) {
      const person = await store.ensurePerson(email, name);
      await store.addLead(CODE, person.id, null);
    }
    await ctx.database.prisma.action.updateMany({ where: { code: CODE }, data: { deadline: DEADLINE } });
  });
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    await Promise.all([slack.stop(), sink.stop()]);
  });

  /** The service's parts as a start builds them: the app, its Slack and mail senders, the outbox's delivery. */
  async function start(options: { smtp: boolean }): Promise<App> {
    const config = loadConfig({
      LEADER_EMAILS: LEADER,
      AGENDA_FILE,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: "mail-fallback-secret",
      SLACK_API_URL: `${slack.url}/api/`,
      ...(options.smtp ? { SMTP_URL: `${sink.url}?pool=false`, MAIL_FROM: "Doe-agenda <doe-agenda@haarlem.nl>" } : {}),
    });
    const logger = createLogger("silent");
    const app = await composeApp(ctx.database, config, { seed: false, clock: ctx.clock });
    const linkFound = async (email: string, user: { id: string; teamId: string }) => {
      const person = await app.people.findByEmail(email);
      if (person) await app.people.linkIdentity(person.id, { platform: "slack", tenantId: user.teamId, externalId: user.id });
    };
    const mail = await startMail(config.mail, logger);
    const senders = { slack: new SlackSender(TOKEN, `${slack.url}/api/`, linkFound), ...(mail.sender ? { mail: mail.sender } : {}) };
    const delivery: Delivery = startDelivery({ app, logger, senders });
    stops.push(() => delivery.stop());
    return app;
  }

  const postedTo = (channel: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === channel);
  const failedRows = () => ctx.database.prisma.outboxMessage.findMany({ where: { status: "failed" }, orderBy: { id: "asc" } });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));

  it("mails the reminder once to the lead Slack cannot find, sends the other one to Slack, and tells the leader nothing", async () => {
    const app = await start({ smtp: true });
    expect(await app.schedulers.deadlines.runDue()).toBe(2);
    const queued = await ctx.database.prisma.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(queued.map((row) => [row.platform, row.target]).sort()).toEqual([
      ["slack", `email:${BOB}`],
      ["slack", `email:${CARLA.email}`],
    ]);

    await sink.waitFor(() => sink.to(BOB).length > 0, "Bob's mail");
    await waitUntil(() => postedTo(CARLA.id).length > 0, 20_000, "Carla's Slack message");
    await settle();
    expect(sink.mails).toHaveLength(1);
    expect(sink.to(BOB)[0]?.text).toContain(CODE);
    expect(postedTo(CARLA.id)).toHaveLength(1);
    expect(postedTo(PIM.id)).toHaveLength(0);
    expect((await failedRows()).map((row) => [row.platform, row.target])).toEqual([["slack", `email:${BOB}`]]);
    // Carla was found by her address: later messages go to her Slack account directly.
    const carla = await app.people.findByEmail(CARLA.email);
    expect(await app.people.directTargets(carla?.id ?? 0)).toEqual([expect.objectContaining({ platform: "slack", target: CARLA.id })]);
  }, 60_000);

  it("without SMTP_URL tells the leader in Slack that nobody there has the address, and mails nobody", async () => {
    const app = await start({ smtp: false });
    expect(await app.schedulers.deadlines.runDue()).toBe(2);
    await waitUntil(() => postedTo(PIM.id).length > 0, 20_000, "the leader's notice");
    await settle();
    const told = postedTo(PIM.id).map((call) => String(call.args.text));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(BOB);
    expect(sink.mails).toHaveLength(0);
    expect(postedTo(CARLA.id)).toHaveLength(1);
  }, 60_000);
});
