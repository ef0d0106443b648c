import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { Locale } from "../../../src/core/domain/locale.js";
import type { ButtonIntent, ListItem, Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER, type TestAgenda } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

const DAY = 24 * 60 * 60 * 1000;

interface QueuedMessage {
  dedupeKey: string;
  platform: string;
  target: string;
  payload: Message;
}

/** A button press as the adapters pass it to the core. */
async function press(agenda: TestAgenda, intent: ButtonIntent, value: string, actor: Actor, locale: Locale) {
  return (await agenda.core.press(intent, value, actor, locale)).reply;
}

function listed(message: Message): ListItem[] {
  return message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
}

/**
 * Each test's clock starts on Monday 23 November 2026 09:00 in Amsterdam and is moved forward by the test, so
 * working-day deadlines fall on known dates whenever the test runs; the agenda counts as imported an hour earlier.
 */
const options = {
  agenda: true,
  clock: new Date("2026-11-23T09:00:00+01:00"),
  importedAt: new Date("2026-11-23T08:00:00+01:00"),
};

forEachDatabase("reminder rounds", options, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  let bram: Actor;
  let outboxSeen = 0;
  const agenda = () => ctx.agenda;

  async function newMessages(): Promise<QueuedMessage[]> {
    const rows = await agenda().database.prisma.outboxMessage.findMany({ orderBy: { id: "asc" }, skip: outboxSeen });
    outboxSeen += rows.length;
    return rows.map((row) => ({ dedupeKey: row.dedupeKey, platform: row.platform, target: row.target, payload: row.payload as unknown as Message }));
  }

  /** The leader starts the default round; Anna gets her one message. */
  async function startRound() {
    expect((await agenda().core.run("herinner start", leader)).changed).toBe(true);
    expect((await newMessages()).map((message) => message.target)).toEqual(["UANNA"]);
  }

  /** Anna confirms 1.4 and updates 2.5; Bram says 3.1 is not his (the leader hears it). 1.3 stays open. */
  async function answerSome() {
    await press(agenda(), "action.confirm", "1.4", anna, "nl");
    await agenda().core.run("status 2.5 loopt eerste gesprekken gevoerd", anna);
    await press(agenda(), "action.not-mine", "3.1", bram, "nl");
    expect((await newMessages()).map((message) => message.target)).toEqual(["ULEADER"]);
  }

  beforeEach(async () => {
    outboxSeen = 0;
    const { store } = agenda();
    // The leader and Anna have written to the bot in Slack (so they can get a DM); Bram only has an e-mail address.
    const leaderPerson = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(leaderPerson.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const annaPerson = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const bramPerson = await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    leader = await agenda().actor({ email: LEADER });
    leader = { ...leader, conversation: { platform: "slack", tenantId: "T1", channelId: "DLEADER", isChannel: false } };
    anna = await agenda().actor({ email: "anna@haarlem.nl" });
    bram = await agenda().actor({ email: "bram@velsen.nl" });
    for (const code of ["1.3", "1.4", "2.5"]) await store.addLead(code, annaPerson.id, leaderPerson.id);
    await store.addLead("3.1", bramPerson.id, leaderPerson.id);
    await store.addLead("1.3", bramPerson.id, leaderPerson.id);
  });

  it("is for the project leader only", async () => {
    const reply = await agenda().core.run("herinner", anna);
    expect(reply.message.tone).toBe("error");
    expect(renderText(reply.message)).toContain("projectleider");
    expect((await agenda().core.run("ronde", anna)).message.tone).toBe("error");
  });

  it("previews the default selection: the actions, who gets a message, who cannot be reached and what has no lead", async () => {
    const reply = await agenda().core.run("herinner", leader);
    const text = renderText(reply.message);
    // 29 actions are "nader uit te werken" in the agenda; the running ones were updated an hour ago (the import).
    expect(reply.message.summary).toBe("Herinneringsronde: 29 acties, 2 trekkers");
    expect(text).toContain("Anna de Vries");
    expect(text).toContain("1.3, 1.4, 2.5");
    expect(text).toContain("Nog niet bereikbaar (1)");
    expect(text).toContain("Bram Bakker (bram@velsen.nl)");
    expect(text).toContain("Zonder gekoppelde trekker (25)");
    const start = reply.message.blocks.find((block) => block.type === "buttons");
    expect(start?.type === "buttons" && start.buttons[0]?.intent).toBe("round.start");
    expect(await newMessages()).toEqual([]);
  });

  it("previews a filter the leader typed, and says when nothing matches", async () => {
    const reply = await agenda().core.run("herinner thema 3", leader);
    // A typed filter takes every open action it matches: 3 to be worked out and 3 running in theme 3.
    expect(reply.message.summary).toBe("Herinneringsronde: 6 acties, 1 trekker");
    expect(renderText(reply.message)).toContain("Filter: thema 3 (");
    const nothing = await agenda().core.run("herinner status afgerond", leader);
    expect(nothing.message.summary).toContain("geen acties");
    const unknown = await agenda().core.run("herinner thema 42", leader);
    expect(unknown.message.tone).toBe("error");
  });

  it("starts on confirmation: each reachable lead gets one message listing all their actions", async () => {
    const reply = await agenda().core.run("herinner start", leader);
    expect(reply.changed).toBe(true);
    expect(reply.message.summary).toBe("De ronde is gestart: 1 trekker krijgt een bericht over 29 acties.");
    const queued = await newMessages();
    expect(queued).toHaveLength(1);
    const [dm] = queued;
    expect(dm?.platform).toBe("slack");
    expect(dm?.target).toBe("UANNA");
    const items = listed(dm?.payload as Message);
    expect(items.map((item) => item.title.split(" ")[0])).toEqual(["1.3", "1.4", "2.5"]);
    expect(items[0]?.buttons?.map((button) => button.intent)).toEqual(["action.update", "action.confirm", "action.not-mine"]);
    expect(renderText(dm?.payload as Message)).toContain("Pim Projectleider vraagt je");
  });

  it("adds a running action to the default selection once it has had no update for eight weeks", async () => {
    await agenda().store.addLead("1.1", (await agenda().store.ensurePerson("anna@haarlem.nl")).id, null); // 1.1 is running
    const preview = async () => {
      const reply = await agenda().core.run("herinner", leader);
      return { summary: reply.message.summary, text: renderText(reply.message) };
    };
    expect((await preview()).summary).toBe("Herinneringsronde: 29 acties, 2 trekkers");
    ctx.clock.advance(7 * 8 - 1); // 23 hours short of eight weeks after the import
    const notYet = await preview();
    expect(notYet.summary).toBe("Herinneringsronde: 29 acties, 2 trekkers");
    expect(notYet.text).toContain("1.3, 1.4, 2.5");
    ctx.clock.advance(2);
    // Now all 35 running actions are stale as well; 1.1 joins Anna's list.
    const stale = await preview();
    expect(stale.summary).toBe("Herinneringsronde: 64 acties, 2 trekkers");
    expect(stale.text).toContain("1.1, 1.3, 1.4, 2.5");
    expect(await newMessages()).toEqual([]);
  });

  it("answers Ongewijzigd on the reminder in place: the reminder rebuilt with the action answered; a second press stores nothing", async () => {
    await startRound();
    const [reminder] = await agenda().database.prisma.outboxMessage.findMany({ where: { target: "UANNA" }, orderBy: { id: "asc" } });
    const confirmButton = listed(reminder?.payload as unknown as Message)
      .flatMap((item) => item.buttons ?? [])
      .find((button) => button.intent === "action.confirm" && button.value.startsWith("1.4"));
    expect(confirmButton?.value).toBe("1.4 ronde");
    const history = () => agenda().database.prisma.statusChange.count();
    const before = await history();
    const pressed = await agenda().core.press("action.confirm", "1.4 ronde", anna, "nl");
    expect(pressed.answers).toBe("in-place");
    expect(pressed.reply.message.summary).toBe("Status van 1.4 bevestigd: nader uit te werken.");
    const items = listed(pressed.reply.message);
    const answered = items.find((item) => item.title.startsWith("1.4 "));
    expect(answered?.detail).toBe("nader uit te werken · beantwoord: ongewijzigd");
    expect(answered?.buttons).toBeUndefined();
    expect(items.filter((item) => item.buttons?.length).length).toBe(items.length - 1);
    expect(await history()).toBe(before + 1);

    const again = await agenda().core.press("action.confirm", "1.4 ronde", anna, "nl");
    expect(again.answers).toBe("in-place");
    expect(renderText(again.reply.message)).toContain("1.4 is al beantwoord in deze ronde.");
    expect(again.reply.changed).toBe(false);
    expect(await history()).toBe(before + 1);
    expect(await newMessages()).toEqual([]);
  });

  it("answers Ongewijzigd on `mijn` in place, and a press on a stale copy of the list stores nothing", async () => {
    const mine = await agenda().core.run("mijn", anna);
    const confirmValue = listed(mine.message)
      .flatMap((item) => item.buttons ?? [])
      .find((button) => button.intent === "action.confirm" && button.value.startsWith("1.4 "))?.value;
    expect(confirmValue).toMatch(/^1\.4 mijn \d+$/);
    const history = () => agenda().database.prisma.statusChange.count();
    const before = await history();
    ctx.clock.advance(1 / (24 * 60));
    const pressed = await agenda().core.press("action.confirm", confirmValue ?? "", anna, "en");
    expect(pressed.answers).toBe("in-place");
    expect(pressed.reply.message.summary).toBe("Status of 1.4 confirmed: to be worked out.");
    const answered = listed(pressed.reply.message).find((item) => item.title.startsWith("1.4 "));
    expect(answered?.detail).toMatch(/^to be worked out · confirmed/);
    expect(answered?.buttons).toBeUndefined();
    expect(await history()).toBe(before + 1);
    const again = await agenda().core.press("action.confirm", confirmValue ?? "", anna, "en");
    expect(renderText(again.reply.message)).toContain("1.4 has already been updated or confirmed since this list was shown.");
    expect(await history()).toBe(before + 1);
    // A plain value (a detail view, App Home) still answers beside.
    expect((await agenda().core.press("action.confirm", "1.4", anna, "nl")).answers).toBe("beside");
    expect((await agenda().core.press("action.confirm", "1.4 mijn x", anna, "nl")).reply.message.tone).toBe("error");
  });

  it("refuses a second round while one is open, and queues nothing", async () => {
    await startRound();
    const again = await agenda().core.run("herinner start", leader);
    expect(again.message.summary).toContain("Er loopt al een herinneringsronde");
    const button = await press(agenda(), "round.start", "{}", leader, "nl");
    expect(button.message.summary).toContain("Er loopt al een herinneringsronde");
    expect(await newMessages()).toEqual([]);
  });

  it("stores every answer: unchanged, updated (by any means), and not mine, which the leader hears at once", async () => {
    await startRound();
    const confirmed = await press(agenda(), "action.confirm", "1.4", anna, "nl");
    expect(renderText(confirmed.message)).toContain("Je antwoord over 1.4 staat in de ronde.");
    const updated = await agenda().core.run("status 2.5 loopt eerste gesprekken gevoerd", anna);
    expect(renderText(updated.message)).toContain("Je antwoord over 2.5 staat in de ronde.");
    const notMine = await press(agenda(), "action.not-mine", "3.1", bram, "nl");
    expect(notMine.message.summary).toContain("3.1 is niet jouw actie");
    const [toLeader, ...rest] = await newMessages();
    expect(rest).toEqual([]);
    expect(toLeader?.target).toBe("ULEADER");
    expect(toLeader?.payload.summary).toMatch(/^Bram Bakker zegt dat 3\.1 \(.+\) niet zijn of haar actie is\.$/);

    const status = renderText((await agenda().core.run("ronde", leader)).message);
    expect(status).toContain("0 van de 2 trekkers hebben gereageerd (0%)");
    expect(status).toContain("Bijgewerkt: 1 · ongewijzigd: 1 · niet mijn actie: 1 · geen antwoord: 26");
    expect(status).toMatch(/Nog geen antwoord \(2\)[\s\S]*Anna de Vries[\s\S]*1\.3/);
    expect(status).toContain("niet bereikbaar in de chat");
    expect(status).toContain("3.1: Bram Bakker");
  });

  it("shows the open round's response rate in the digest of an overleg, counting only its themes' leads", async () => {
    await startRound();
    await answerSome();
    const now = ctx.clock.now();
    // RWB covers pillar "uitkering naar werk" (themes 1 and 2): Anna has 1.3, 1.4 and 2.5 there; Bram has 1.3.
    // Anna has not answered 1.3 yet, Bram neither: nobody has answered all their actions in these themes.
    const digest = await agenda().core.digestFor("RWB", new Date(now.getTime() - 7 * DAY), now, "nl");
    expect(renderText(digest as Message)).toContain("Herinneringsronde: 0 van de 2 trekkers hebben gereageerd (0%).");
  });

  it("thanks a lead who has answered everything", async () => {
    await startRound();
    const first = await press(agenda(), "action.confirm", "1.4", anna, "nl");
    expect(renderText(first.message)).not.toContain("Dank je");
    await agenda().core.run("status 2.5 loopt eerste gesprekken gevoerd", anna);
    const reply = await press(agenda(), "action.confirm", "1.3", anna, "nl");
    expect(renderText(reply.message)).toContain("Dank je, je hebt alle acties in deze ronde beantwoord.");
  });

  it("takes 'not mine' only from a lead, and never over another lead's answer", async () => {
    await startRound();
    await answerSome();
    await press(agenda(), "action.confirm", "1.3", anna, "nl");
    const refused = await press(agenda(), "action.not-mine", "2.5", bram, "nl");
    expect(refused.message.summary).toBe("Je bent geen trekker van actie 2.5, dus je kunt haar niet wijzigen.");
    expect(await newMessages()).toEqual([]);
    // Anna confirmed 1.3; Bram, its other lead, says it is not his: the leader hears it, the answer stays.
    expect((await press(agenda(), "action.not-mine", "1.3", bram, "nl")).message.tone).toBe("success");
    expect((await newMessages()).map((message) => message.target)).toEqual(["ULEADER"]);
    const status = renderText((await agenda().core.run("ronde", leader)).message);
    expect(status).toContain("Bijgewerkt: 1 · ongewijzigd: 2 · niet mijn actie: 1 · geen antwoord: 25");
  });

  it("nudges nobody when every lead has answered, then closes with a summary to the leader", async () => {
    await startRound();
    await answerSome();
    await press(agenda(), "action.confirm", "1.3", anna, "nl");
    await press(agenda(), "action.not-mine", "1.3", bram, "nl");
    expect((await newMessages()).map((message) => message.target)).toEqual(["ULEADER"]);
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: false });
    // Follow-up on Monday 30 November, close on Wednesday 2 December. Anna answered all her actions (1.3 also for Bram); Bram has, too (3.1: not mine). Nobody is left to nudge.
    ctx.clock.advance(8);
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: false });
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: false });
    expect(await newMessages()).toEqual([]);
    ctx.clock.advance(4);
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: true });
    const [summary, ...rest] = await newMessages();
    expect(rest).toEqual([]);
    expect(summary?.target).toBe("ULEADER");
    expect(summary?.payload.summary).toBe("Herinneringsronde gesloten: 2 van de 2 trekkers hebben gereageerd (100%)");
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: false });
    expect(await newMessages()).toEqual([]);
    const last = renderText((await agenda().core.run("ronde", leader)).message);
    expect(last).toContain("Laatste ronde");
  });

  it("sends the follow-up only to leads with open actions, listing only those", async () => {
    const started = await agenda().core.run("herinner start thema 1", leader);
    expect(started.changed).toBe(true);
    const [dm] = await newMessages();
    expect(listed(dm?.payload as Message).map((item) => item.title.split(" ")[0])).toEqual(["1.3", "1.4"]);
    // Bram says 1.3 is not his: the leader hears it, but for Anna, its other lead, 1.3 is still open.
    await press(agenda(), "action.not-mine", "1.3", bram, "nl");
    expect((await newMessages()).map((message) => message.target)).toEqual(["ULEADER"]);
    // Anna updates 1.4 and then confirms it: the round keeps the update.
    await agenda().core.run("status 1.4 gepauzeerd wachten op budget", anna);
    await press(agenda(), "action.confirm", "1.4", anna, "nl");
    ctx.clock.advance(8);
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 1, closed: false });
    const [nudge, ...rest] = await newMessages();
    expect(rest).toEqual([]);
    expect(nudge?.target).toBe("UANNA");
    expect(nudge?.payload.summary).toBe("Nog even een herinnering");
    expect(listed(nudge?.payload as Message).map((item) => item.title.split(" ")[0])).toEqual(["1.3"]);
    expect(await agenda().rounds.runDue()).toEqual({ nudged: 0, closed: false });
    expect(renderText((await agenda().core.run("ronde", leader)).message)).toMatch(/Bijgewerkt: 1 · ongewijzigd: 0 · niet mijn actie: 1 · /);
    // Closed with `ronde sluit`, the reply is the summary; no second copy by direct message.
    const closed = await agenda().core.run("ronde sluit", leader);
    expect(closed.message.summary).toContain("Herinneringsronde gesloten");
    expect(await newMessages()).toEqual([]);
  });

  it("lets only one of two simultaneous starts open a round", async () => {
    const [first, second] = await Promise.all([
      agenda().core.run("herinner start thema 2", leader),
      agenda().core.run("herinner start thema 2", leader),
    ]);
    expect([first.changed, second.changed].sort()).toEqual([false, true]);
    expect(await agenda().database.prisma.reminderRound.count({ where: { status: "open" } })).toBe(1);
    expect((await newMessages()).filter((message) => message.dedupeKey.includes(":lead:"))).toHaveLength(1);
    await agenda().core.run("ronde sluit", leader);
    await newMessages();
  });
});
