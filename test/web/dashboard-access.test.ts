/**
 * Who gets a sign-in link, and the link's key: `dashboard` in chat for someone the agenda knows (in their
 * language, never in a Teams channel), a refusal for someone it does not know, the plain address when the dashboard
 * is public; the key kept once in the database and shared by every instance (or DASHBOARD_SECRET); and
 * `npm run cli -- dashboard --as <email>` giving a link that signs in on the running service.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgendaCore } from "../../src/core/agenda-core.js";
import { identify } from "../../src/core/identify.js";
import { openDashboardStores } from "../../src/persistence/dashboard-stores.js";
import { renderText } from "../../src/render/text.js";
import { DashboardAccess } from "../../src/web/dashboard-access.js";
import { LEADER } from "../support/agenda-fixture.js";
import { runCli } from "../support/cli.js";
import { createPostgresDatabase } from "../support/databases.js";
import { forEachDatabase } from "../support/for-each-database.js";
import { startTestService, type TestService } from "../support/test-service.js";

const NOW = new Date("2026-12-01T10:00:00+01:00");
const LINK = /(https?:\/\/\S+\/dashboard\/aanmelden\?t=[0-9a-f]+\.[0-9a-f]{64})/;

forEachDatabase("dashboard sign-in links", { agenda: true, clock: NOW }, (ctx) => {
  const access = (options: { baseUrl?: string; secret?: string; public?: boolean } = {}) => {
    const stores = openDashboardStores(ctx.agenda.database, ctx.agenda.ports.agendaId);
    return new DashboardAccess({
      baseUrl: options.baseUrl ?? "http://localhost:3978",
      public: options.public ?? false,
      secret: options.secret,
      secrets: stores.secrets,
      people: stores.reader,
      clock: ctx.clock,
    });
  };

  it("gives the project leader a personal link, at the default address, in Dutch or English", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    const dutch = await ctx.agenda.core.run("dashboard", leader);
    expect(dutch.message.tone).toBe("success");
    expect(dutch.message.summary).toMatch(LINK);
    expect(dutch.message.summary).toContain("http://localhost:3978/dashboard/aanmelden?t=");
    expect(renderText(dutch.message)).toContain("De link werkt 15 minuten; als je hem opent, blijf je 8 uur aangemeld.");
    const english = await ctx.agenda.core.run("dashboard", { ...leader, locale: "en" });
    expect(english.message.summary).toMatch(/^Your personal link to the dashboard: http/);
    expect(dutch.changed).toBe(false);
  });

  it("gives a lead a link too, refuses someone the agenda does not know, and sends none into a Teams channel", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    await ctx.agenda.core.run("trekker 1.3 anna@haarlem.nl", leader);
    const anna = await ctx.agenda.actor({ email: "anna@haarlem.nl" });
    expect((await ctx.agenda.core.run("dashboard", anna)).message.summary).toMatch(LINK);
    const stranger = await ctx.agenda.core.run("dashboard", await ctx.agenda.actor({ email: "iemand@elders.nl" }));
    expect(stranger.message.tone).toBe("error");
    expect(stranger.message.summary).not.toMatch(/http/);
    expect(renderText(stranger.message)).toContain("Een persoonlijke link naar het dashboard krijgt alleen wie de doe-agenda kent");
    const inChannel = { ...anna, conversation: { platform: "teams" as const, tenantId: "T", channelId: "19:kanaal", isChannel: true } };
    const refused = await ctx.agenda.core.run("dashboard", inChannel);
    expect(refused.message.summary).not.toMatch(/http/);
    expect(renderText(refused.message)).toContain("Typ `dashboard` in een persoonlijke chat met mij.");
  });

  it("gives everyone the plain address when the dashboard is public", async () => {
    const { reader, writer, people, channels, funding, escalations, goals } = ctx.agenda.ports;
    const deps = { reader, writer, people, channels, funding, escalations, goals };
    const core = new AgendaCore({ ...deps, clock: ctx.clock, defaultLocale: "nl", dashboard: access({ public: true }) });
    const reply = await core.run("dashboard", await ctx.agenda.actor({ email: null }));
    expect(reply.message.summary).toBe("Het dashboard staat open voor iedereen: http://localhost:3978/dashboard");
  });

  it("keeps one generated key in the database: a link made by one instance signs in on another", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    if (!leader.person) throw new Error("the leader has no person");
    const link = await access().linkFor(leader.person, "en");
    if (link.kind !== "personal") throw new Error("expected a personal link");
    expect(link.expiresAt).toEqual(new Date(NOW.getTime() + 15 * 60_000));
    const token = new URL(link.url).searchParams.get("t") ?? "";
    const signedIn = await access().signIn(token);
    expect(signedIn).toMatchObject({ ok: true, locale: "en" });
    expect(signedIn.ok && signedIn.setCookie).toMatch(
      /^doe_dashboard=[0-9a-f]+\.[0-9a-f]{64}; Path=\/dashboard; Max-Age=28800; HttpOnly; SameSite=Lax$/,
    );
    expect(await ctx.agenda.database.prisma.appSecret.count()).toBe(1);
    // A key of its own (DASHBOARD_SECRET) signs links the database's key does not accept, and stores nothing.
    const own = access({ secret: "x".repeat(40) });
    const ownLink = await own.linkFor(leader.person, "nl");
    expect(await access().signIn(new URL(ownLink.url).searchParams.get("t") ?? "")).toEqual({ ok: false, reason: "invalid" });
    expect((await own.signIn(new URL(ownLink.url).searchParams.get("t") ?? "")).ok).toBe(true);
    expect(await ctx.agenda.database.prisma.appSecret.count()).toBe(1);
  });

  it("sets a Secure cookie behind HTTPS, and checks the session it started until it ends", async () => {
    const leader = await ctx.agenda.actor({ email: LEADER });
    if (!leader.person) throw new Error("the leader has no person");
    const secure = access({ baseUrl: "https://doe-agenda.haarlem.nl" });
    const link = await secure.linkFor(leader.person, "nl");
    expect(link.url.startsWith("https://doe-agenda.haarlem.nl/dashboard/aanmelden?t=")).toBe(true);
    const signedIn = await secure.signIn(new URL(link.url).searchParams.get("t") ?? "");
    if (!signedIn.ok) throw new Error("not signed in");
    expect(signedIn.setCookie.endsWith("; HttpOnly; SameSite=Lax; Secure")).toBe(true);
    const cookie = signedIn.setCookie.split(";")[0] ?? "";
    expect((await secure.session(`other=1; ${cookie}`))?.person.email).toBe(LEADER);
    ctx.clock.advance(8 / 24);
    expect(await secure.session(cookie)).toBeNull();
    expect(await secure.session(undefined)).toBeNull();
  });
});

describe("npm run cli -- dashboard --as <email>, beside the running service on PostgreSQL", () => {
  let database: { url: string; drop(): Promise<void> };
  let service: TestService;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    service = await startTestService({ PLAYGROUND: "off", LEADER_EMAILS: LEADER, DATABASE_URL: database.url });
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it("answers with a link to the service's port that signs in there", async () => {
    const port = String(service.service.port);
    const result = await runCli(["dashboard", "--as", LEADER], { DATABASE_URL: database.url, LEADER_EMAILS: LEADER, PORT: port });
    expect(result.code, result.stderr).toBe(0);
    const link = LINK.exec(result.stdout)?.[1] ?? "";
    expect(link.startsWith(`http://localhost:${port}/dashboard/aanmelden?t=`)).toBe(true);
    const signIn = await fetch(link.replace("localhost", "127.0.0.1"), { redirect: "manual" });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe("/dashboard");
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const overview = await fetch(`${service.baseUrl}/dashboard`, { headers: { cookie } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain("De agenda in één oogopslag");
  }, 120_000);
});

describe("a public dashboard (DASHBOARD_PUBLIC=true)", () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ PLAYGROUND: "off", LEADER_EMAILS: LEADER, DASHBOARD_PUBLIC: "true" });
    const { app } = service.service;
    const leader = await identify(app.people, app.leaders, { email: LEADER, channel: "cli" });
    await app.core.run("status 1.3 loopt gestart", leader);
    await app.core.run("escaleer 1.3 RWB: wie betaalt?", leader);
  }, 120_000);
  afterAll(async () => service?.stop());

  it("opens every page without signing in, and shows nobody's e-mail address", async () => {
    for (const path of ["/dashboard", "/dashboard/actie/1.3", "/dashboard/overleg/RWB", "/dashboard/thema/1", "/dashboard/voortgang"]) {
      const response = await fetch(`${service.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      expect(body, path).toContain("Openbaar dashboard");
      expect(body, path).not.toContain(LEADER);
    }
    const action = await (await fetch(`${service.baseUrl}/dashboard/actie/1.3`)).text();
    expect(action).toContain("wie betaalt?");
  });
});
