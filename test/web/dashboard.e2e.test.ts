/**
 * The dashboard in real Chromium: a sign-in link from the `dashboard` command sets the session cookie and
 * redirects; every page has its charts (SVG) and no axe-core violations; screenshots and a PDF print go to
 * test-artifacts/dashboard. A tampered link, an expired link (the service's clock moved on) and no session show
 * the sign-in explanation and none of the agenda.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { identify } from "../../src/core/identify.js";
import type { Clock } from "../../src/core/ports.js";
import { startTestService, type TestService } from "../support/test-service.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts/dashboard");
const LEADER = "projectleider@haarlem.nl";
/** A title only a page with agenda data shows. */
const AGENDA_TEXT = "Loopbaanadvies in de praktijk";

/** Real time, moved forward when a test says so. */
class MovableClock implements Clock {
  offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
}

describe("the web dashboard in Chromium", () => {
  const clock = new MovableClock();
  let service: TestService;
  let browser: Browser;
  let leader: Actor;
  let base: string;

  async function signInLink(actor: Actor = leader): Promise<string> {
    const reply = await service.service.app.core.run("dashboard", actor);
    const url = /(http:\/\/\S+)/.exec(reply.message.summary)?.[1];
    if (!url) throw new Error(`no link in: ${reply.message.summary}`);
    return url;
  }

  async function signedInPage(locale = "nl-NL"): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(await signInLink());
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    return { context, page };
  }

  async function expectNoViolations(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join("; ")})`);
    expect(found, `axe-core on ${name}`).toEqual([]);
  }

  async function expectNoData(page: Page): Promise<void> {
    await expect(page.locator("h1").textContent()).resolves.toMatch(/Aanmelden bij het dashboard|Sign in to the dashboard/);
    expect(await page.locator("svg").count()).toBe(0);
    expect(await page.content()).not.toContain(AGENDA_TEXT);
    expect(await page.locator("main table").count()).toBe(0);
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    await mkdir(ARTIFACTS, { recursive: true });
    service = await startTestService({ PLAYGROUND: "off", LEADER_EMAILS: LEADER }, { clock });
    base = `http://localhost:${service.service.port}`;
    const app = service.service.app;
    leader = await identify(app.people, app.leaders, { email: LEADER, displayName: "Pim Projectleider", channel: "cli" });
    const run = (text: string) => app.core.run(text, leader);
    const anna = await app.people.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    // Reachable in chat, so a round can message her.
    await app.people.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    await run("trekker 1.3 anna@haarlem.nl");
    await run("status 1.3 loopt eerste groep gestart <b>niet vet</b>");
    await run("notitie 1.3 twintig deelnemers & een wachtlijst");
    await run("status 2.5 afgerond");
    await run("escaleer 1.4 RWB: wie betaalt de scholing?");
    expect((await run("herinner start thema 1")).changed).toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it("signs in with the link from `dashboard`: an HttpOnly, SameSite=Lax session cookie for /dashboard, then the overview", async () => {
    const link = await signInLink();
    expect(link.startsWith(`${base}/dashboard/aanmelden?t=`)).toBe(true);
    const { context, page } = await signedInPage();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "doe_dashboard", path: "/dashboard", httpOnly: true, sameSite: "Lax", secure: false });
    await expect(page.locator("h1").textContent()).resolves.toBe("De agenda in één oogopslag");
    expect(await page.getByText("Aangemeld als Pim Projectleider").count()).toBe(1);
    await context.close();
  });

  it("shows every page with its charts, free of axe-core violations, and keeps screenshots", async () => {
    const { context, page } = await signedInPage();
    const pages: { name: string; path: string; charts: number; heading: RegExp }[] = [
      { name: "overzicht", path: "/dashboard", charts: 2, heading: /oogopslag/ },
      { name: "voortgang", path: "/dashboard/voortgang", charts: 1, heading: /^Voortgang$/ },
      { name: "thema-1", path: "/dashboard/thema/1", charts: 2, heading: /^Thema 1: / },
      { name: "overleg-rwb", path: "/dashboard/overleg/RWB", charts: 1, heading: /^RWB: / },
      { name: "actie-1.3", path: "/dashboard/actie/1.3", charts: 0, heading: /^1\.3 Loopbaanadvies/ },
      { name: "rondes", path: "/dashboard/rondes", charts: 1, heading: /^Herinneringsrondes$/ },
      { name: "zoeken", path: "/dashboard/zoek?q=wachtlijst", charts: 0, heading: /^Zoeken$/ },
      { name: "overview-en", path: "/dashboard?lang=en", charts: 2, heading: /^The agenda at a glance$/ },
      { name: "niet-gevonden", path: "/dashboard/actie/9.99", charts: 0, heading: /^Niet gevonden$/ },
    ];
    for (const entry of pages) {
      const response = await page.goto(`${base}${entry.path}`);
      expect(response?.status(), entry.path).toBe(entry.name === "niet-gevonden" ? 404 : 200);
      await expect(page.locator("h1").textContent()).resolves.toMatch(entry.heading);
      expect(await page.locator("figure.chart svg[role=img]").count(), entry.path).toBe(entry.charts);
      for (const chart of await page.locator("figure.chart").all()) expect(await chart.locator("table").count()).toBeGreaterThan(0);
      await expectNoViolations(page, entry.path);
      await page.screenshot({ path: join(ARTIFACTS, `${entry.name}.png`), fullPage: true });
    }
    await context.close();
    // Nine pages, each analysed by axe-core: on a busy machine this takes minutes.
  }, 300_000);

  it("shows an action in full: the timeline with times of day, notes as written, the escalation", async () => {
    const { context, page } = await signedInPage();
    await page.goto(`${base}/dashboard/actie/1.3`);
    const timeline = page.locator("ol.timeline li");
    expect(await timeline.count()).toBe(3);
    await expect(timeline.first().textContent()).resolves.toMatch(/\d{2}:\d{2}.*Notitie/s);
    expect(await page.locator("blockquote", { hasText: "eerste groep gestart <b>niet vet</b>" }).count()).toBe(1);
    expect(await page.locator("main b").count()).toBe(0);
    await page.goto(`${base}/dashboard/actie/1.4`);
    expect(await page.getByText("wie betaalt de scholing?").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("answers in English with ?lang=en or an English browser, with a link back to Dutch", async () => {
    const { context, page } = await signedInPage("en-GB");
    // The link was asked for in Dutch: the session is Dutch until the person switches.
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.getByRole("link", { name: "Progress" }).click();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await expect(page.locator("h1").textContent()).resolves.toBe("Progress");
    await context.close();
    const anonymous = await browser.newContext({ locale: "en-GB" });
    const signIn = await anonymous.newPage();
    await signIn.goto(`${base}/dashboard`);
    await expect(signIn.locator("h1").textContent()).resolves.toBe("Sign in to the dashboard");
    await expectNoViolations(signIn, "sign-in (en)");
    await anonymous.close();
  });

  it("prints without navigation, with the charts", async () => {
    const { context, page } = await signedInPage();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    expect(await page.locator("figure.chart svg").first().isVisible()).toBe(true);
    await page.pdf({ path: join(ARTIFACTS, "overzicht.pdf"), format: "A4" });
    await context.close();
  });

  it("shows no data without a session, nor with a tampered link, and sets no cookie", async () => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    for (const path of ["/dashboard", "/dashboard/actie/1.3", "/dashboard/thema/1", "/dashboard/zoek?q=scholing", "/dashboard/voortgang"]) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(401);
      await expectNoData(page);
    }
    await expectNoViolations(page, "sign-in");
    await page.screenshot({ path: join(ARTIFACTS, "aanmelden.png"), fullPage: true });
    const link = await signInLink();
    const last = link.at(-1) === "0" ? "1" : "0";
    for (const tampered of [`${link.slice(0, -1)}${last}`, link.replace("?t=7b", "?t=7c"), `${base}/dashboard/aanmelden`]) {
      expect((await page.goto(tampered))?.status()).toBe(401);
      await expectNoData(page);
    }
    expect(await page.getByText("Deze link klopt niet").count()).toBe(1);
    expect(await context.cookies()).toEqual([]);
    // A forged cookie is no session either.
    await context.addCookies([{ name: "doe_dashboard", value: link.split("?t=")[1] ?? "", url: base }]);
    expect((await page.goto(`${base}/dashboard`))?.status()).toBe(401);
    await expectNoData(page);
    await context.close();
  });

  it("refuses a link after 15 minutes and ends a session after 8 hours (the service's clock moved on)", async () => {
    const link = await signInLink();
    const { context, page } = await signedInPage();
    clock.offsetMs = 16 * 60_000;
    try {
      const late = await browser.newContext({ locale: "nl-NL" });
      const latePage = await late.newPage();
      expect((await latePage.goto(link))?.status()).toBe(401);
      await expectNoData(latePage);
      expect(await latePage.getByText("Deze link is verlopen").count()).toBe(1);
      expect(await late.cookies()).toEqual([]);
      await late.close();
      // The session started before is still good after 16 minutes, not after 8 hours.
      expect((await page.goto(`${base}/dashboard`))?.status()).toBe(200);
      clock.offsetMs = 8 * 3600_000 + 60_000;
      expect((await page.goto(`${base}/dashboard/actie/1.3`))?.status()).toBe(401);
      await expectNoData(page);
    } finally {
      clock.offsetMs = 0;
      await context.close();
    }
  });

  it("signs out", async () => {
    const { context, page } = await signedInPage();
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe("Aanmelden bij het dashboard");
    expect(await page.getByText("Je bent afgemeld.").count()).toBe(1);
    expect((await page.goto(`${base}/dashboard`))?.status()).toBe(401);
    await context.close();
  });
});
