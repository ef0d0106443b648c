/**
 * Two regions' dashboards and update links on one service: a sign-in link or session opens only the region whose
 * key signed it, and one region's update link is refused by the other. PGlite and PostgreSQL.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import type { PersonInfo } from "../../src/core/domain/agenda.js";
import { createLogger } from "../../src/logging.js";
import { type Service, startService } from "../../src/service.js";
import { LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { IVO_EMAIL, importSecondRegion, SECOND_REGION_TITLE } from "../support/second-region.js";

forEachDatabase("dashboards of two regions", { agenda: true, seed: (database) => importSecondRegion(database).then(() => undefined) }, (ctx) => {
  let service: Service;
  let baseUrl: string;

  beforeEach(async () => {
    const config = loadConfig({ PORT: "0", PLAYGROUND: "off", LEADER_EMAILS: LEADER });
    service = await startService(config, createLogger("silent"), { database: { ...ctx.database, close: async () => undefined } });
    baseUrl = `http://127.0.0.1:${service.port}`;
  });
  afterEach(async () => {
    await service?.stop();
  });

  const person = async (email: string): Promise<PersonInfo> => {
    const row = await ctx.database.prisma.person.upsert({
      where: { email },
      create: { email },
      update: {},
      select: { id: true, email: true, displayName: true },
    });
    return { id: row.id, email: row.email, displayName: row.displayName, locale: null };
  };

  /** Signs in with a link of this region and returns the session cookie. */
  async function signIn(region: number, email: string): Promise<string> {
    const link = await service.regions[region]?.dashboard.access.linkFor(await person(email), "nl");
    if (link?.kind !== "personal") throw new Error("a personal link expected");
    const response = await fetch(link.url.replace(/^https?:\/\/[^/]+/, baseUrl), { redirect: "manual" });
    expect(response.status).toBe(303);
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  const page = async (path: string, cookie: string) => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    return { status: response.status, body: await response.text() };
  };

  it("opens each region's pages with its own link, and only those", async () => {
    const west = await signIn(1, IVO_EMAIL);
    const own = await page("/dashboard/actie/1.1", west);
    expect(own.status).toBe(200);
    expect(own.body).toContain(SECOND_REGION_TITLE);
    expect(own.body).not.toContain("Werkgeversservicepunt");
    // 6.8 is the first region's: not there for a session of the second.
    expect((await page("/dashboard/actie/6.8", west)).status).toBe(404);
    const first = await signIn(0, LEADER);
    const theirs = await page("/dashboard/actie/1.1", first);
    expect(theirs.body).toContain("Werkgeversservicepunt");
    expect(theirs.body).not.toContain(SECOND_REGION_TITLE);
  });

  it("does not let one region's key sign for the other", async () => {
    const [first, second] = service.regions;
    if (!first || !second) throw new Error("two regions expected");
    const ivo = await person(IVO_EMAIL);
    const link = await second.dashboard.access.linkFor(ivo, "nl");
    const token = new URL(link.url).searchParams.get("t") ?? "";
    expect(await first.dashboard.access.signIn(token)).toEqual({ ok: false, reason: "invalid" });
    expect((await second.dashboard.access.signIn(token)).ok).toBe(true);
    const update = (await second.updateLinks.signer())(ivo.id, 1, "nl");
    const updateToken = new URL(update.url).searchParams.get("t") ?? undefined;
    expect((await first.updateLinks.verify(updateToken)).ok).toBe(false);
    expect((await second.updateLinks.verify(updateToken)).ok).toBe(true);
    // On the page: the second region recognises its link (no open round there: closed), a forged one is refused.
    expect((await fetch(`${baseUrl}/bijwerken?t=${updateToken}`)).status).toBe(410);
    expect((await fetch(`${baseUrl}/bijwerken?t=${updateToken?.slice(0, -4)}abcd`)).status).toBe(403);
  });
});
