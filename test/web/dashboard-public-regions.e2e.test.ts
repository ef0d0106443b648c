/**
 * A public dashboard (DASHBOARD_PUBLIC=true) of a service with two regions: each page says which region it shows and
 * offers the other; `?regio=<slug>` opens a region, and every link and the search form keep it; the choice passes
 * axe-core in real Chromium and is followed by a click. PGlite and PostgreSQL.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { afterEach, beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/logging.js";
import { type Service, startService } from "../../src/service.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { importSecondRegion, SECOND_REGION, SECOND_REGION_TITLE } from "../support/second-region.js";

const FIRST_REGION_TITLE = "Werkgeversservicepunt";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

forEachDatabase(
  "public dashboard of two regions",
  { agenda: true, seed: (database) => importSecondRegion(database).then(() => undefined) },
  (ctx) => {
    let service: Service;
    let baseUrl: string;

    beforeEach(async () => {
      const config = loadConfig({ PORT: "0", PLAYGROUND: "off", LEADER_EMAILS: LEADER, DASHBOARD_PUBLIC: "true" });
      service = await startService(config, createLogger("silent"), { database: { ...ctx.database, close: async () => undefined } });
      baseUrl = `http://127.0.0.1:${service.port}`;
    });
    afterEach(async () => {
      await service?.stop();
    });

    const page = async (path: string) => {
      const response = await fetch(`${baseUrl}${path}`);
      return { status: response.status, body: await response.text() };
    };
    /** The region links of the header: name and whether it is the one shown. */
    const choice = (body: string) =>
      [...body.matchAll(/<nav class="regions"[^>]*>(.*?)<\/nav>/gs)]
        .flatMap((nav) => [...(nav[1] ?? "").matchAll(/<a href="([^"]+)"( aria-current="true")?>([^<]+)<\/a>/g)])
        .map((link) => ({ href: link[1], current: Boolean(link[2]), name: link[3] }));

    it("shows the default region first and offers the other, whose pages the choice opens", async () => {
      const [first, second] = service.regions.map((app) => app.region);
      const home = await page("/dashboard");
      expect(home.status).toBe(200);
      expect(choice(home.body)).toEqual([
        { href: `/dashboard?regio=${first?.slug}`, current: true, name: first?.name },
        { href: `/dashboard?regio=${SECOND_REGION}`, current: false, name: second?.name },
      ]);
      expect((await page("/dashboard/actie/1.1")).body).toContain(FIRST_REGION_TITLE);

      const theirs = await page(`/dashboard/actie/1.1?regio=${SECOND_REGION}`);
      expect(theirs.status).toBe(200);
      expect(theirs.body).toContain(SECOND_REGION_TITLE);
      expect(theirs.body).not.toContain(FIRST_REGION_TITLE);
      expect(choice(theirs.body).find((region) => region.current)?.name).toBe(second?.name);
      // The theme link and the navigation stay in the region.
      expect(theirs.body).toContain(`href="/dashboard/thema/1?regio=${SECOND_REGION}"`);
      expect(theirs.body).toContain(`href="/dashboard/zoek?regio=${SECOND_REGION}"`);
      // The first region's 6.8 is not there in the second.
      expect((await page(`/dashboard/actie/6.8?regio=${SECOND_REGION}`)).status).toBe(404);
    });

    it("searches within the region chosen, and keeps it in the search form", async () => {
      const form = await page(`/dashboard/zoek?regio=${SECOND_REGION}`);
      expect(form.body).toContain(`<input type="hidden" name="regio" value="${SECOND_REGION}">`);
      const found = await page(`/dashboard/zoek?regio=${SECOND_REGION}&q=Omscholingsfonds`);
      expect(found.body).toContain(SECOND_REGION_TITLE);
      const elsewhere = await page("/dashboard/zoek?q=Omscholingsfonds");
      expect(elsewhere.body).not.toContain(SECOND_REGION_TITLE);
    });

    it("treats an unknown region as the default one and keeps nothing of it in the links", async () => {
      const unknown = await page("/dashboard/actie/1.1?regio=nergens");
      expect(unknown.status).toBe(200);
      expect(unknown.body).toContain(FIRST_REGION_TITLE);
      expect(unknown.body).not.toContain("regio=nergens");
    });

    it("offers the regions accessibly, and a click on the other region opens its overview", async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
      try {
        const page = await (await browser.newContext({ locale: "nl-NL" })).newPage();
        await page.goto(`${baseUrl}/dashboard`);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
        const second = service.regions[1]?.region.name ?? "";
        await page.getByRole("navigation", { name: "Regio's" }).getByRole("link", { name: second }).click();
        await page.waitForURL(`**/dashboard?regio=${SECOND_REGION}`);
        expect(await page.locator(".site-name").textContent()).toBe(second);
        await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Zoeken" }).click();
        await page.waitForURL(`**/dashboard/zoek?regio=${SECOND_REGION}`);
      } finally {
        await browser.close();
      }
    }, 60_000);
  },
);
