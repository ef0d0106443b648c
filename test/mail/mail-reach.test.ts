/**
 * Reach in the round preview and the update link's life, on both databases: without SMTP_URL a lead without a chat
 * account is listed as unreachable with the reason and gets nothing (a round to only such leads is refused); with it,
 * they count as reachable, get one `mail` outbox message with their link, and once the round is closed that link is
 * used up (GET and POST say so, and store nothing).
 */
import { expect, it } from "vitest";
import { composeApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/env.js";
import type { Actor } from "../../src/core/actor.js";
import type { Message } from "../../src/core/messages/model.js";
import { createLogger } from "../../src/logging.js";
import { renderText } from "../../src/render/text.js";
import { updatePageDeps } from "../../src/served-regions.js";
import { HttpServer } from "../../src/server/http-server.js";
import { mountUpdatePage } from "../../src/web/update/update-routes.js";
import { AGENDA_FILE, LEADER } from "../support/agenda-fixture.js";
import { forEachDatabase } from "../support/for-each-database.js";

forEachDatabase("reach by e-mail", { agenda: true, clock: new Date("2026-12-01T09:00:00Z") }, (ctx) => {
  async function appWith(env: Record<string, string>) {
    const app = await composeApp(ctx.database, loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE, ...env }), { seed: false, clock: ctx.clock });
    const leader = await app.people.ensurePerson(LEADER, "Petra Leider");
    const actor: Actor = { person: leader, email: LEADER, isLeader: true, channel: "cli" };
    const codes = (await app.ports.reader.listActions({ statuses: ["loopt"] })).map((action) => action.code);
    const bob = await app.people.ensurePerson("bob@uwv.nl", "Bob Mail");
    await app.ports.writer.addLead(codes[0] ?? "", bob.id, null);
    return { app, actor, bob, codes };
  }

  it("without SMTP_URL lists an e-mail-only lead as unreachable and why, and refuses a round that reaches nobody", async () => {
    const { app, actor, codes } = await appWith({});
    const anna = await app.people.ensurePerson("anna@haarlem.nl", "Anna Slack");
    await app.people.linkIdentity(anna.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const preview = renderText((await app.core.run("herinner status loopt", actor)).message);
    expect(preview).toMatch(
      /Nog niet bereikbaar \(1\)\n[\s\S]*Bob Mail \(bob@uwv\.nl\)\n\s+\S+ · geen Slack- of Teams-account bekend, en e-mail staat uit \(SMTP_URL is niet ingesteld\)/,
    );
    // Only Bob leads something: nobody can be messaged, so the round does not start.
    const refused = await app.core.run("herinner start status loopt", actor);
    expect(refused.message.tone).toBe("warning");
    expect(await app.ports.rounds.openRound()).toBeNull();
    await app.ports.writer.addLead(codes[1] ?? "", anna.id, null);
    const started = await app.core.run("herinner start status loopt", actor);
    expect(started.message.summary).toMatch(/^De ronde is gestart: 1 trekkers? /);
    const rows = await ctx.database.prisma.outboxMessage.findMany();
    expect(rows.filter((row) => row.platform === "mail")).toHaveLength(0);
    expect(rows.filter((row) => row.target === "UANNA")).toHaveLength(1);
  });

  it("with SMTP_URL counts the lead as reachable by e-mail, queues one mail with their link, which the closed round uses up", async () => {
    const { app, actor, bob, codes } = await appWith({ SMTP_URL: "smtp://127.0.0.1:2525" });
    const preview = renderText((await app.core.run("herinner status loopt", actor)).message);
    expect(preview).toMatch(/Bob Mail\n\s+\S+ · per e-mail/);
    expect(preview).not.toContain("Nog niet bereikbaar");
    await app.core.run("herinner start status loopt", actor);
    await app.core.run("herinner start status loopt", actor);
    const mails = await ctx.database.prisma.outboxMessage.findMany({ where: { platform: "mail" } });
    expect(mails.map((row) => row.target)).toEqual([bob.email]);
    const text = renderText(mails[0]?.payload as unknown as Message);
    const link = /(http:\/\/localhost:\d+\/bijwerken\?t=[0-9a-f.]+)/.exec(text)?.[1] ?? "";
    expect(link).not.toBe("");

    const http = new HttpServer(createLogger("silent"));
    mountUpdatePage(http, [updatePageDeps(app)], "nl");
    const port = await http.listen(0, "127.0.0.1");
    try {
      const local = link.replace(/^http:\/\/localhost:\d+/, `http://127.0.0.1:${port}`);
      const open = await fetch(local);
      expect(open.status).toBe(200);
      expect(await open.text()).toContain(codes[0]);
      await app.core.run("ronde sluit", actor);
      const used = await fetch(local);
      expect(used.status).toBe(410);
      const body = await used.text();
      expect(body).toContain("Deze ronde is gesloten");
      expect(body).not.toContain(`${codes[0]} `);
      const token = new URL(local).searchParams.get("t") ?? "";
      const late = await fetch(`http://127.0.0.1:${port}/bijwerken`, {
        method: "POST",
        body: new URLSearchParams({ t: token, code: codes[0] ?? "", do: "save", status: "vervallen" }),
      });
      expect(late.status).toBe(410);
      expect((await app.ports.reader.findAction(codes[0] ?? ""))?.status).toBe("loopt");
    } finally {
      await http.close();
    }
  });

  it("sends the follow-up to an unanswered e-mail lead by e-mail too, with a fresh link, once", async () => {
    const { app, actor, bob } = await appWith({ SMTP_URL: "smtp://127.0.0.1:2525" });
    await app.core.run("herinner start status loopt", actor);
    ctx.clock.advance(7.05);
    await app.rounds.runDue();
    await app.rounds.runDue();
    const mails = await ctx.database.prisma.outboxMessage.findMany({ where: { platform: "mail" }, orderBy: { id: "asc" } });
    expect(mails.map((row) => [row.target, row.dedupeKey.replace(/\d+/g, "#")])).toEqual([
      [bob.email, "round:#:lead:#"],
      [bob.email, "round:#:nudge:#"],
    ]);
    const links = mails.map((row) => /\/bijwerken\?t=([0-9a-f.]+)/.exec(renderText(row.payload as unknown as Message))?.[1]);
    expect(links[1]).toBeDefined();
    expect(links[1]).not.toBe(links[0]);
    expect((await app.updateLinks.verify(links[1])).ok).toBe(true);
  });
});
