/**
 * `rapport` in chat and the download it links to, on the running service (PGlite and PostgreSQL): the leader gets
 * links to every format; the files come only with a session (or when the dashboard is public), in the page's
 * language; a bad or future quarter is a page saying so. Everyone else is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import { identify } from "../../src/core/identify.js";
import { renderText } from "../../src/render/text.js";
import { createPostgresDatabase } from "../support/databases.js";
import { startTestService, type TestService } from "../support/test-service.js";

const LEADER = "projectleider@haarlem.nl";

async function actor(service: TestService, email: string | null): Promise<Actor> {
  const app = service.service.app;
  return identify(app.people, app.leaders, { email, channel: "cli" });
}

/** Signs in with a `dashboard` link and gives the session cookie. */
async function sessionCookie(service: TestService): Promise<string> {
  const reply = await service.service.app.core.run("dashboard", await actor(service, LEADER));
  const link = /(http:\/\/\S+)/.exec(reply.message.summary)?.[1] ?? "";
  const response = await fetch(link, { redirect: "manual" });
  expect(response.status).toBe(303);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe.each(["pglite", "postgres"] as const)("the quarterly report's links and downloads on %s", (kind) => {
  let service: TestService;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const env: Record<string, string> = { LEADER_EMAILS: LEADER };
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      env.DATABASE_URL = database.url;
      drop = database.drop;
    }
    service = await startTestService(env);
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await drop?.();
  });

  it("answers the leader with a link per format, and refuses anyone else", async () => {
    const reply = await service.service.app.core.run("rapport 2026-K4", await actor(service, LEADER));
    expect(reply.message.tone).toBe("success");
    const text = renderText(reply.message);
    expect(text).toContain("Het kwartaalrapport 2026-K4 staat klaar op het dashboard:");
    expect(text.match(/\/dashboard\/aanmelden\?t=[0-9a-f]+\.[0-9a-f]{64}/g)).toHaveLength(4);
    expect(text).toContain("De links zijn persoonlijk: ze melden je aan en openen het bestand. Ze werken 15 minuten");
    const inChannel = {
      ...(await actor(service, LEADER)),
      conversation: { platform: "teams" as const, tenantId: "T", channelId: "19:k", isChannel: true },
    };
    const plain = renderText((await service.service.app.core.run("rapport 2026-K4", inChannel)).message);
    for (const format of ["pdf", "docx", "xlsx", "md"])
      expect(plain).toContain(`${service.baseUrl.replace("127.0.0.1", "localhost")}/dashboard/rapport/2026-K4.${format}`);
    expect(plain).not.toContain("/dashboard/aanmelden");
    expect(plain).toContain("typ `dashboard` voor een aanmeldlink");
    const english = renderText((await service.service.app.core.run("report 2026-Q4", { ...inChannel, locale: "en" })).message);
    expect(english).toContain("/dashboard/rapport/2026-K4.pdf?lang=en");
    const lead = await service.service.app.core.run("rapport", await actor(service, "anna@haarlem.nl"));
    expect(lead.message.tone).toBe("error");
    expect(renderText(lead.message)).not.toContain("/dashboard/rapport/");
    const bad = await service.service.app.core.run("rapport 2026-K5", await actor(service, LEADER));
    expect(renderText(bad.message)).toContain("`2026-K5` is geen kwartaal.");
    const future = await service.service.app.core.run("rapport 2031-K1", await actor(service, LEADER));
    expect(renderText(future.message)).toContain("Het kwartaal 2031-K1 is nog niet begonnen");
  });

  it("signs in with a link from `rapport` and lands on the file itself, not on the overview", async () => {
    const reply = await service.service.app.core.run("rapport 2026-K4", await actor(service, LEADER));
    const [pdfLink, docxLink] = (renderText(reply.message).match(/http:\/\/\S+\/dashboard\/aanmelden\?t=[0-9a-f.]+/g) ?? []).map((link) =>
      link.replace("localhost", "127.0.0.1"),
    );
    const signIn = await fetch(pdfLink ?? "", { redirect: "manual" });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe("/dashboard/rapport/2026-K4.pdf");
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const pdf = await fetch(new URL(signIn.headers.get("location") ?? "", service.baseUrl), { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await fetch(docxLink ?? "", { redirect: "manual" })).headers.get("location")).toBe("/dashboard/rapport/2026-K4.docx");
    const dashboardLink = /(http:\/\/\S+)/.exec((await service.service.app.core.run("dashboard", await actor(service, LEADER))).message.summary)?.[1];
    expect((await fetch(dashboardLink ?? "", { redirect: "manual" })).headers.get("location")).toBe("/dashboard");
  });

  it("gives the file only with a session, in the page's language", async () => {
    const url = `${service.baseUrl}/dashboard/rapport/2026-K4.pdf`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("text/html");
    expect(await anonymous.text()).not.toContain("%PDF");
    const cookie = await sessionCookie(service);
    const pdf = await fetch(url, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="kwartaalrapport-.*-2026-K4\.pdf"$/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const md = await fetch(`${service.baseUrl}/dashboard/rapport/2026-Q4.md?lang=en`, { headers: { cookie } });
    expect(md.status).toBe(200);
    expect(await md.text()).toMatch(/^# Quarterly report .* · 2026-K4/);
    const bad = await fetch(`${service.baseUrl}/dashboard/rapport/2026-K9.xlsx`, { headers: { cookie } });
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain("is geen kwartaal");
  });
});

describe("the report's download on a public dashboard", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ LEADER_EMAILS: LEADER, DASHBOARD_PUBLIC: "true" });
  }, 120_000);
  afterAll(async () => service?.stop());

  it("is open to everyone, as the dashboard is, and the answer says so", async () => {
    const reply = renderText((await service.service.app.core.run("rapport", await actor(service, LEADER))).message);
    expect(reply).toContain("de links werken zonder aanmelden");
    const response = await fetch(`${service.baseUrl}/dashboard/rapport/2026-K4.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});
