/**
 * What happens to a Teams message Graph refused, on both databases: with e-mail on, one mail in the outbox however
 * often the failure is reported, and no leader notice; a round's reminder gets the lead's update link, in their
 * language; any other message goes as it is. Nothing is mailed for an outage that outlived the message, a reminder
 * whose round has closed, or without SMTP: the leader is told, as before.
 */
import { expect, it } from "vitest";
import { type App, composeApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/env.js";
import type { GiveUpNotice } from "../../../src/core/delivery/delivery-worker.js";
import { type GiveUpDeps, handleGiveUp } from "../../../src/core/delivery/give-up.js";
import { notice } from "../../../src/core/messages/model.js";
import type { OutboxItem } from "../../../src/core/ports.js";
import { renderText } from "../../../src/render/text.js";
import { AGENDA_FILE, LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const TEAMS = {
  MicrosoftAppId: "00000000-1111-2222-3333-444444444444",
  MicrosoftAppPassword: "bot-secret",
  MicrosoftAppType: "SingleTenant",
  MicrosoftAppTenantId: "11111111-2222-3333-4444-555555555555",
  TEAMS_GRAPH_INSTALL: "on",
};

forEachDatabase("e-mail instead of a refused Teams message", { agenda: true }, (ctx) => {
  /** The app with Graph and SMTP set up, a round started to one English lead known only by address, and its Teams message. */
  async function roundToBob(): Promise<{ app: App; deps: GiveUpDeps; item: OutboxItem }> {
    const config = loadConfig({ LEADER_EMAILS: LEADER, AGENDA_FILE, SMTP_URL: "smtp://127.0.0.1:2525", ...TEAMS });
    const app = await composeApp(ctx.database, config, { seed: false });
    const [code] = (await app.ports.reader.listActions({ statuses: ["loopt"] })).map((action) => action.code);
    const bob = await app.people.ensurePerson("bob@school.nl", "Bob Outside");
    await app.people.setLocale(bob.id, "en");
    await app.ports.writer.addLead(code ?? "", bob.id, null);
    // The leader is known in Slack, so a notice is queued for them there.
    const leader = await app.people.ensurePerson(LEADER, "Pim Projectleider");
    await app.people.linkIdentity(leader.id, { platform: "slack", tenantId: "T1", externalId: "U-LEADER" });
    const actor = await ctx.agenda.actor({ email: LEADER });
    expect((await app.core.run("herinner start status loopt", actor)).changed).toBe(true);
    const now = new Date(Date.now() + 60_000);
    const [item] = await app.ports.outbox.claimDue(now, new Date(now.getTime() + 60_000), 10, "teams");
    if (!item) throw new Error("no Teams message queued");
    expect(item.target).toBe("email:bob@school.nl");
    const deps = {
      outbox: app.ports.outbox,
      people: app.people,
      leaders: app.leaders,
      locale: "nl" as const,
      rounds: app.ports.rounds,
      updateLinks: app.updateLinks,
      mail: true,
    };
    return { app, deps, item };
  }

  const refused = (item: OutboxItem, extra: Partial<GiveUpNotice> = {}): GiveUpNotice => ({
    item,
    error: "not reachable through Teams (not-found): nobody in the tenant has the address bob@school.nl",
    unreachable: "not-found",
    ...extra,
  });
  const rows = () => ctx.database.prisma.outboxMessage.findMany({ where: { platform: { not: "teams" } }, orderBy: { id: "asc" } });

  it("queues one mail with the lead's update link in their language, however often the refusal is reported, and tells nobody", async () => {
    const { app, deps, item } = await roundToBob();
    expect(await handleGiveUp(refused(item), deps)).toEqual({ handled: "mail", address: "bob@school.nl" });
    expect(await handleGiveUp(refused(item, { unreachable: "refused" }), deps)).toEqual({ handled: "mail", address: "bob@school.nl" });
    const queued = await rows();
    expect(queued.map((row) => [row.platform, row.target, row.dedupeKey.replace(/\d+/g, "#")])).toEqual([
      ["mail", "bob@school.nl", "round:#:lead:#:by-mail"],
    ]);
    const text = renderText(queued[0]?.payload as never);
    expect(text).toContain("Update your actions on this page");
    const token = /\/bijwerken\?t=([0-9a-f.]+)/.exec(text)?.[1];
    const checked = await app.updateLinks.verify(token);
    expect(checked.ok && checked.claims).toMatchObject({ locale: "en", roundId: (await app.ports.rounds.openRound())?.id });
    expect(queued[0]?.usefulUntil?.getTime()).toBe(item.usefulUntil?.getTime());
    // His channel in the round is e-mail now, so the follow-up goes there.
    const round = await app.ports.rounds.openRound();
    expect(round?.recipients.map((recipient) => [recipient.platform, recipient.target])).toEqual([["mail", "bob@school.nl"]]);
  });

  it("mails a deadline reminder or an answer as it is", async () => {
    const { deps, item } = await roundToBob();
    const other = { ...item, dedupeKey: "deadline:goal:7:2026-12-04:lead:3", message: notice("info", "Het doel van 1.3 is over 3 werkdagen") };
    expect(await handleGiveUp(refused(other), deps)).toMatchObject({ handled: "mail" });
    const [mail] = await rows();
    expect(mail).toMatchObject({ platform: "mail", target: "bob@school.nl", dedupeKey: "deadline:goal:7:2026-12-04:lead:3:by-mail" });
    expect(mail?.payload).toEqual(other.message);
  });

  it("tells the leader instead for an outage that outlived the message, a reminder whose round closed, and without SMTP", async () => {
    const { app, deps, item } = await roundToBob();
    expect(await handleGiveUp(refused(item), { ...deps, mail: false })).toEqual({ handled: "told", told: 1 });
    const expired = refused({ ...item, id: item.id + 500n }, { unreachable: "unavailable", expired: true, error: "Graph answered 503" });
    expect(await handleGiveUp(expired, deps)).toEqual({ handled: "told", told: 1 });
    await app.core.run("ronde sluit", await ctx.agenda.actor({ email: LEADER }));
    expect(await handleGiveUp(refused({ ...item, id: item.id + 1000n }), deps)).toEqual({ handled: "told", told: 1 });
    expect((await rows()).filter((row) => row.platform === "mail")).toEqual([]);
  });
});
