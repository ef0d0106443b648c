import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const RWB = { platform: "slack" as const, tenantId: "T1", channelId: "C-RWB", isChannel: true };
/** Amsterdam time, as people say it. */
const at = (local: string) => new Date(`${local}+01:00`);

forEachDatabase("the digest's escalations under a fake clock", { agenda: true, clock: at("2026-11-16T10:00:00") }, (ctx) => {
  let leader: Actor;
  let inRwb: Actor;
  const run = async (input: string, actor: Actor) => {
    const reply = await ctx.agenda.core.run(input, actor);
    expect(reply.message.tone, `${input}: ${renderText(reply.message)}`).not.toBe("error");
    return reply;
  };
  /** Runs the scheduler at this time and returns the digest it queued for RWB's channel, as text. */
  async function digestAt(local: string): Promise<string> {
    ctx.clock.set(at(local));
    expect(await ctx.agenda.schedulers.digests.runDue()).toBe(1);
    const row = await ctx.agenda.database.prisma.outboxMessage.findFirstOrThrow({
      where: { dedupeKey: { startsWith: "digest:" }, target: "C-RWB" },
      orderBy: { id: "desc" },
    });
    return renderText(row.payload as unknown as Message);
  }
  /** The section under `heading` up to the next one. */
  const section = (text: string, heading: string) => {
    const start = text.indexOf(heading);
    if (start < 0) return "";
    const next = text.indexOf("\n\n", start + heading.length);
    return text.slice(start, next < 0 ? undefined : next);
  };

  beforeEach(async () => {
    leader = await ctx.agenda.actor({ email: LEADER });
    inRwb = await ctx.agenda.actor({ email: "carla@uwv.nl", channel: "slack", conversation: RWB });
    await run("koppel RWB", { ...leader, conversation: RWB });
    // Linked well before the first Monday below, so its 09:00 digest is due.
    await ctx.agenda.database.prisma.channelLink.updateMany({ data: { createdAt: at("2026-11-01T12:00:00") } });
  });

  it("lists open escalations oldest first with their age, and those answered or closed since the previous digest once", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", leader); // #1, Mon 16 Nov
    ctx.clock.set(at("2026-11-17T10:00:00"));
    await run("escaleer 3.2 RWB: wie houdt de doelgroep in beeld?", leader); // #2
    ctx.clock.set(at("2026-11-18T10:00:00"));
    await run("escaleer 1.3 wie betaalt de loopbaanadviseurs?", leader); // #3, theme 1: RWB's too
    ctx.clock.set(at("2026-11-19T10:00:00"));
    await run("escaleer 8.1 REO: wie betaalt dit?", leader); // #4, not RWB's
    ctx.clock.set(at("2026-11-20T10:00:00"));
    await run("antwoord 2 het UWV houdt de doelgroep in beeld", inRwb);
    ctx.clock.set(at("2026-11-21T10:00:00"));
    await run("sluit 3 dubbel, zie #1", leader);

    const first = await digestAt("2026-11-23T09:00:30");
    const open = section(first, "Open escalaties (1)");
    expect(open).toContain("#1 · 2.5 Kandidaten in beeld via heldere profielen");
    expect(open).toContain("gesteld 7 dagen geleden door projectleider@haarlem.nl · voor RWB");
    for (const gone of ["#2 ·", "#3 ·", "#4 ·"]) expect(open).not.toContain(gone);
    const resolved = section(first, "Afgehandeld sinds het vorige overzicht (2)");
    expect(resolved.indexOf("#2 · 3.2")).toBeGreaterThan(0);
    expect(resolved.indexOf("#2 · 3.2")).toBeLessThan(resolved.indexOf("#3 · 1.3"));
    expect(resolved).toContain("Antwoord: het UWV houdt de doelgroep in beeld");
    expect(resolved).toContain("beantwoord op 20 nov 2026 door carla@uwv.nl");
    expect(resolved).toContain("Reden: dubbel, zie #1");
    expect(first).not.toContain("wie betaalt dit?");

    // A new one and an answer between two digests: the answered one is listed once, never again as open.
    ctx.clock.set(at("2026-11-24T10:00:00"));
    await run("escaleer 2.6 RWB: mag de pilot uitbreiden?", leader); // #5
    ctx.clock.set(at("2026-11-26T15:00:00"));
    await run("antwoord 1 de gemeente Haarlem financiert de pilot", leader);
    const second = await digestAt("2026-11-30T09:00:30");
    expect(section(second, "Open escalaties (1)")).toContain("#5 · 2.6");
    expect(section(second, "Open escalaties (1)")).toContain("gesteld 6 dagen geleden");
    const again = section(second, "Afgehandeld sinds het vorige overzicht (1)");
    expect(again).toContain("#1 · 2.5");
    expect(again).toContain("Antwoord: de gemeente Haarlem financiert de pilot");
    expect(second).not.toContain("#2 ·");
    expect(second).not.toContain("#3 ·");

    const third = await digestAt("2026-12-07T09:00:30");
    expect(third).toContain("Open escalaties (1)");
    expect(third).not.toContain("Afgehandeld sinds");
    expect(third).not.toContain("#1 ·");
  });

  it("does not repeat in the weekly digest what `digest nu` already showed in the channel", async () => {
    await run("escaleer 2.5 RWB: wie financiert de pilot?", leader);
    ctx.clock.set(at("2026-11-18T10:00:00"));
    await run("antwoord 1 de gemeente", leader);
    ctx.clock.set(at("2026-11-19T10:00:00"));
    // The preview shows what the channel's next digest would show, and stores nothing.
    const preview = renderText((await run("digest", inRwb)).message);
    expect(preview).toContain("Afgehandeld sinds het vorige overzicht (1)");
    expect(renderText((await run("digest", inRwb)).message)).toContain("Afgehandeld sinds het vorige overzicht (1)");
    await run("digest nu", { ...leader, conversation: RWB });
    const now = await ctx.agenda.database.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: "digest-now:" } } });
    expect(renderText(now.payload as unknown as Message)).toContain("Afgehandeld sinds het vorige overzicht (1)");
    const weekly = await digestAt("2026-11-23T09:00:30");
    expect(weekly).not.toContain("Afgehandeld sinds");
    expect(weekly).toContain("Geen open escalaties.");
    // Another overleg's preview, asked by name, covers the last week.
    expect(renderText((await run("digest AMRO", inRwb)).message)).not.toContain("#1 ·");
  });

  it("says it in English for an English channel", async () => {
    await ctx.agenda.database.prisma.channelLink.updateMany({ data: { locale: "en" } });
    await run("escaleer 2.5 RWB: who funds the pilot?", leader);
    ctx.clock.set(at("2026-11-20T10:00:00"));
    await run("escaleer 2.6 RWB: may the pilot grow?", leader);
    await run("sluit 1 asked twice", leader);
    const digest = await digestAt("2026-11-23T09:00:30");
    expect(digest).toContain("Open escalations (1)");
    expect(digest).toContain("raised 3 days ago by projectleider@haarlem.nl · for RWB");
    expect(digest).toContain("Resolved since the previous digest (1)");
    expect(digest).toContain("Reason: asked twice");
  });
});
