/**
 * The quarterly report on the dashboard's pages, in real Chromium: the overview and the progress page offer the
 * current quarter (still under way) and the previous one as PDF, Word and Excel, in Dutch and English, free of
 * axe-core violations; a link downloads the file with the page's session. And the link `rapport` sends in chat
 * signs in and opens the file itself.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { identify } from "../../src/core/identify.js";
import { renderText } from "../../src/render/text.js";
import { startTestService, type TestService } from "../support/test-service.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts/dashboard");
const LEADER = "projectleider@haarlem.nl";
/** In the fourth quarter of 2026: the pages offer 2026-K4 and 2026-K3. */
const NOW = new Date("2026-11-20T10:00:00+01:00");

describe("the quarterly report on the dashboard's pages, in Chromium", () => {
  let service: TestService;
  let browser: Browser;
  let leader: Actor;

  async function linkFrom(command: string): Promise<string> {
    const reply = await service.service.app.core.run(command, leader);
    const url = /(http:\/\/\S+\/dashboard\/aanmelden\?t=[0-9a-f.]+)/.exec(renderText(reply.message))?.[1];
    if (!url) throw new Error(`no link in: ${renderText(reply.message)}`);
    return url;
  }

  async function expectNoViolations(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join("; ")})`);
    expect(found, `axe-core on ${name}`).toEqual([]);
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    await mkdir(ARTIFACTS, { recursive: true });
    service = await startTestService({ PLAYGROUND: "off", LEADER_EMAILS: LEADER }, { clock: { now: () => new Date(NOW) } });
    const app = service.service.app;
    leader = await identify(app.people, app.leaders, { email: LEADER, displayName: "Pim Projectleider", channel: "cli" });
    await app.core.run("status 2.5 afgerond klaar", leader);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it("offers this quarter and the previous one as PDF, Word and Excel, in Dutch and English, without axe-core violations", async () => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    expect((await page.goto(await linkFrom("dashboard")))?.status()).toBe(200);
    const section = page.getByRole("region", { name: "Kwartaalrapportage" });
    await expect(section.locator("strong").allTextContents()).resolves.toEqual(["Vierde kwartaal 2026 (2026-K4)", "Derde kwartaal 2026 (2026-K3)"]);
    expect(await section.getByText("loopt nog").count()).toBe(1);
    const links = await section.getByRole("link").evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["PDF 2026-K4", "/dashboard/rapport/2026-K4.pdf"],
      ["Word (DOCX) 2026-K4", "/dashboard/rapport/2026-K4.docx"],
      ["Excel (XLSX) 2026-K4", "/dashboard/rapport/2026-K4.xlsx"],
      ["PDF 2026-K3", "/dashboard/rapport/2026-K3.pdf"],
      ["Word (DOCX) 2026-K3", "/dashboard/rapport/2026-K3.docx"],
      ["Excel (XLSX) 2026-K3", "/dashboard/rapport/2026-K3.xlsx"],
    ]);
    await expectNoViolations(page, "overzicht met kwartaalrapportage");
    await section.screenshot({ path: join(ARTIFACTS, "kwartaalrapportage.png") });

    const download = page.waitForEvent("download");
    await section.getByRole("link", { name: "PDF 2026-K4" }).click();
    expect((await download).suggestedFilename()).toMatch(/^kwartaalrapport-.*-2026-K4\.pdf$/);
    const xlsx = await page.request.get(
      await section.getByRole("link", { name: "Excel (XLSX) 2026-K3" }).evaluate((a) => (a as HTMLAnchorElement).href),
    );
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    await page.goto(`${new URL(page.url()).origin}/dashboard/voortgang?lang=en`);
    const english = page.getByRole("region", { name: "Quarterly report" });
    await expect(english.locator("strong").first().textContent()).resolves.toBe("Fourth quarter of 2026 (2026-K4)");
    expect(await english.getByRole("link", { name: "Word (DOCX) 2026-K3" }).getAttribute("href")).toBe("/dashboard/rapport/2026-K3.docx?lang=en");
    await expectNoViolations(page, "progress (en) with the quarterly report");
    await context.close();
  }, 180_000);

  it("opens the file itself from the link `rapport` sent in chat, signing in on the way", async () => {
    const context = await browser.newContext({ locale: "nl-NL" });
    const response = await context.request.get(await linkFrom("rapport 2026-K3"));
    expect(response.status()).toBe(200);
    expect(response.url()).toMatch(/\/dashboard\/rapport\/2026-K3\.pdf$/);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "doe_dashboard", httpOnly: true });
    await context.close();
  }, 120_000);
});
