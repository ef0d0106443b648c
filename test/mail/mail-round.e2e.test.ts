/**
 * E-mail for leads outside chat, end to end on the real service with a real SMTP server on loopback, a fake Slack and
 * real Chromium: a round to a mix of Slack and e-mail leads gives each exactly one message (a 4xx is retried and then
 * delivered, a 5xx is given up and the leader hears it in Slack); the preview names each lead's channel; the link in
 * the received mail opens the update page, whose answers are stored and counted in the round (channel "web"); axe-core
 * finds no violations; a tampered link, another action, an expired link and a link of a closed round change nothing.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import type { Clock } from "../../src/core/ports.js";
import { renderText } from "../../src/render/text.js";
import { createPostgresDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { SmtpSink } from "../support/smtp-sink.js";
import { startTestService, type TestService } from "../support/test-service.js";

const TOKEN = "xoxb-mail-round";
const LEADER = "pl@haarlem.nl";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LEADS = {
  anna: { email: "anna@haarlem.nl", name: "Anna Slack", slack: "UANNA" },
  bob: { email: "bob@uwv.nl", name: "Bob Mail", locale: "en" },
  carla: { email: "carla@ijmondwerkt.nl", name: "Carla Mail" },
  dirk: { email: "dirk@gone.example", name: "Dirk Weg" },
  eva: { email: "eva@school.nl", name: "Eva Later" },
} as const;

class MovableClock implements Clock {
  offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
}

const linkIn = (text: string) => /(http:\/\/localhost:\d+\/bijwerken\?t=[0-9a-f.]+)/.exec(text)?.[1];

describe.each(["pglite", "postgres"] as const)("a round by e-mail on %s", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  const clock = new MovableClock();
  const sink = new SmtpSink();
  const slack = new FakeSlack(TOKEN);
  let service: TestService;
  let browser: Browser;
  let leader: Actor;
  const codeOf: Record<string, string[]> = {};
  let preview = "";
  let started = "";

  beforeAll(async () => {
    await sink.start();
    await slack.start();
    cleanups.push(
      () => sink.stop(),
      () => slack.stop(),
    );
    const database = kind === "postgres" ? await createPostgresDatabase() : null;
    if (database) cleanups.push(() => database.drop());
    // Eva's relay is busy once (451, then it takes the mail); Dirk's mailbox does not exist (550).
    sink.refusals.set(LEADS.eva.email, { code: 451, times: 1 });
    sink.refusals.set(LEADS.dirk.email, { code: 550, times: 99 });
    service = await startTestService(
      {
        PLAYGROUND: "off",
        ...(database ? { DATABASE_URL: database.url } : {}),
        LEADER_EMAILS: LEADER,
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: "mail-round-secret",
        SLACK_API_URL: `${slack.url}/api/`,
        SMTP_URL: sink.url,
        MAIL_FROM: "Doe-agenda <doe-agenda@haarlem.nl>",
        MAIL_MESSAGES_PER_SECOND: "20",
        UPDATE_LINK_DAYS: "14",
      },
      { clock },
    );
    cleanups.push(() => service.stop());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
    cleanups.push(() => browser.close());

    const { app } = service.service;
    const codes = (await app.ports.reader.listActions({ statuses: ["loopt"] })).map((action) => action.code);
    const plan: Record<keyof typeof LEADS, string[]> = {
      anna: [codes[0] ?? ""],
      bob: [codes[1] ?? ""],
      carla: [codes[2] ?? "", codes[3] ?? ""],
      dirk: [codes[4] ?? ""],
      eva: [codes[5] ?? ""],
    };
    for (const [key, lead] of Object.entries(LEADS) as [keyof typeof LEADS, (typeof LEADS)[keyof typeof LEADS]][]) {
      const person = await app.people.ensurePerson(lead.email, lead.name);
      if ("slack" in lead) await app.people.linkIdentity(person.id, { platform: "slack", tenantId: "T1", externalId: lead.slack });
      if ("locale" in lead) await app.people.setLocale(person.id, lead.locale);
      for (const code of plan[key]) await app.ports.writer.addLead(code, person.id, null);
      codeOf[key] = plan[key];
    }
    const person = await app.people.ensurePerson(LEADER, "Petra Leider");
    await app.people.linkIdentity(person.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    leader = { person, email: LEADER, isLeader: true, channel: "slack" };

    // The leader previews the round, then starts it; every test below works on this round.
    preview = renderText((await app.core.run("herinner status loopt", leader)).message);
    started = (await app.core.run("herinner start status loopt", leader)).message.summary;
    await sink.waitFor(() => [LEADS.bob, LEADS.carla, LEADS.eva].every((lead) => sink.to(lead.email).length > 0), "the round's mails");
  }, 90_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const dmsTo = (user: string) => slack.callsOf("chat.postMessage").filter((call) => call.args.channel === user);

  /** axe-core needs scripts, so it checks the page as it stands in a second, script-enabled context. */
  async function expectNoViolations(shown: Page, name: string): Promise<void> {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto(shown.url());
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join("; ")})`);
    await context.close();
    expect(found, `axe-core on ${name}`).toEqual([]);
  }

  it("previews every lead's channel, then gives each lead exactly one message: Slack, e-mail, a 4xx retried, a 5xx given up and told", async () => {
    expect(preview).toMatch(/Anna Slack\n\s+.* · via Slack/);
    expect(preview).toMatch(/Bob Mail\n\s+.* · per e-mail/);
    expect(preview).toMatch(/Carla Mail\n\s+.* · per e-mail/);
    expect(preview).not.toContain("Nog niet bereikbaar");

    expect(started).toMatch(/^De ronde is gestart: 5 trekkers/);
    await slack.waitFor(() => dmsTo(LEADS.anna.slack).length > 0);
    // Dirk's 550 is given up at once; the leader hears it in Slack.
    const notice = await slack.waitFor(() => dmsTo("ULEADER").find((call) => JSON.stringify(call.args).includes(LEADS.dirk.email)), 20_000);
    expect(JSON.stringify(notice.args)).toMatch(/550/);

    // Settle, then count: exactly one message per reachable lead, on its channel only.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(dmsTo(LEADS.anna.slack)).toHaveLength(1);
    expect(sink.to(LEADS.anna.email)).toHaveLength(0);
    for (const lead of [LEADS.bob, LEADS.carla, LEADS.eva]) expect(sink.to(lead.email), lead.email).toHaveLength(1);
    expect(sink.to(LEADS.dirk.email)).toHaveLength(0);
    expect(new Set(sink.mails.map((mail) => mail.messageId)).size).toBe(sink.mails.length);

    // Same content as in chat, in the lead's language, with the one link and no buttons.
    const bob = sink.to(LEADS.bob.email)[0];
    expect(bob?.subject).toMatch(/^[A-Z][a-z]/);
    expect(bob?.text).toContain(codeOf.bob?.[0]);
    expect(bob?.text).toContain("Update your actions on this page");
    const carla = sink.to(LEADS.carla.email)[0];
    expect(carla?.text).toContain("Werk je acties bij op deze pagina");
    for (const code of codeOf.carla ?? []) expect(carla?.text).toContain(code);
    expect(carla?.raw).toMatch(/From: "?Doe-agenda"? <doe-agenda@haarlem.nl>/);
    expect((carla?.text.match(/\/bijwerken\?t=/g) ?? []).length).toBe(1);

    const health = (await (await fetch(`${service.baseUrl}/healthz`)).json()) as { parts: Record<string, string> };
    expect(health.parts.mail).toBe("up");
  }, 90_000);

  it("takes the lead from the link in the mail to the stored status in Chromium, without violations", async () => {
    const { app } = service.service;
    const link = linkIn(sink.to(LEADS.carla.email)[0]?.text ?? "");
    expect(link).toBeDefined();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    expect((await page.goto(link ?? ""))?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("Je acties bijwerken");
    await expectNoViolations(page, "the update page");
    const [first, second] = codeOf.carla ?? [];
    const form = page.locator("section.action", { hasText: `${first} ` });
    await form.getByLabel("Status").selectOption("afgerond");
    await form.getByLabel("Toelichting (optioneel)").fill("Afgerond met de laatste groep.");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.locator("[role=status]").textContent()).resolves.toBe(`Opgeslagen voor ${first}.`);
    await page
      .locator("section.action", { hasText: `${second} ` })
      .getByRole("button", { name: "Ongewijzigd" })
      .click();
    await expect(page.locator("p.ok", { hasText: "alle acties in deze ronde zijn beantwoord" }).count()).resolves.toBe(1);
    await expectNoViolations(page, "the answered update page");
    await context.close();

    expect((await app.ports.reader.findAction(first ?? ""))?.status).toBe("afgerond");
    const change = await service.database.prisma.statusChange.findFirst({ where: { note: "Afgerond met de laatste groep." } });
    expect(change?.channel).toBe("web");
    const round = await app.ports.rounds.openRound();
    const items = new Map(round?.items.map((item) => [item.code, item]));
    expect(items.get(first ?? "")?.answer).toBe("updated");
    expect(items.get(second ?? "")?.answer).toBe("unchanged");
    expect(items.get(second ?? "")?.answeredBy?.email).toBe(LEADS.carla.email);
    const status = renderText((await app.core.run("ronde", leader)).message);
    expect(status).toMatch(/Carla Mail/);
  }, 60_000);

  it("shows an English lead the page in English; their 'not my action' reaches the leader", async () => {
    const link = linkIn(sink.to(LEADS.bob.email)[0]?.text ?? "");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link ?? "");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expectNoViolations(page, "the English update page");
    await page.getByRole("button", { name: "Not my action" }).click();
    await expect(page.locator("p.ok", { hasText: "Answered: not mine" }).count()).resolves.toBe(1);
    await context.close();
    const round = await service.service.app.ports.rounds.openRound();
    expect(round?.items.find((item) => item.code === codeOf.bob?.[0])?.answer).toBe("not-mine");
    await slack.waitFor(() => dmsTo("ULEADER").find((call) => JSON.stringify(call.args).includes("Bob Mail")), 20_000);
  }, 60_000);

  it("refuses a tampered link, another lead's action, an expired link and a link of a round no longer open, plainly and with no data", async () => {
    const { app } = service.service;
    const link = linkIn(sink.to(LEADS.eva.email)[0]?.text ?? "") ?? "";
    const token = new URL(link).searchParams.get("t") ?? "";
    const evaCode = codeOf.eva?.[0] ?? "";
    const title = (await app.ports.reader.findAction(evaCode))?.title ?? "";
    const post = (fields: Record<string, string>) =>
      fetch(`${service.baseUrl}/bijwerken`, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });

    // One character of the claims changed: the signature no longer fits.
    const tampered = `${token.slice(0, 10)}${token[10] === "0" ? "1" : "0"}${token.slice(11)}`;
    const bad = await fetch(`${service.baseUrl}/bijwerken?t=${tampered}`);
    expect(bad.status).toBe(403);
    const badBody = await bad.text();
    expect(badBody).toContain("Deze link werkt niet");
    expect(badBody).not.toContain(title);
    expect((await post({ t: tampered, code: evaCode, do: "unchanged" })).status).toBe(403);

    // Eva's token cannot answer Anna's action, whatever the form says.
    const annaCode = codeOf.anna?.[0] ?? "";
    const widened = await post({ t: token, code: annaCode, do: "save", status: "vervallen", note: "niet van mij" });
    expect(widened.status).toBe(403);
    expect((await app.ports.reader.findAction(annaCode))?.status).toBe("loopt");

    // Past UPDATE_LINK_DAYS the link has expired.
    clock.offsetMs = 15 * 24 * 3600_000;
    const expired = await fetch(link);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("Deze link is verlopen");
    clock.offsetMs = 0;

    // A link of a round that is no longer open (closed, or another round started since) is used up.
    const round = await app.ports.rounds.openRound();
    const eva = await app.people.findByEmail(LEADS.eva.email);
    const earlier = (await app.updateLinks.signer())(eva?.id ?? 0, (round?.id ?? 2) + 1000, "nl").url.replace(
      /^http:\/\/localhost:\d+/,
      service.baseUrl,
    );
    const closed = await fetch(earlier);
    expect(closed.status).toBe(410);
    const closedBody = await closed.text();
    expect(closedBody).toContain("Deze ronde is gesloten");
    expect(closedBody).not.toContain(title);
    const late = await post({ t: new URL(earlier).searchParams.get("t") ?? "", code: evaCode, do: "save", status: "vervallen" });
    expect(late.status).toBe(410);
    expect((await app.ports.reader.findAction(evaCode))?.status).toBe("loopt");
  }, 60_000);
});
