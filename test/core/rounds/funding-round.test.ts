import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../../src/core/actor.js";
import type { ListItem, Message } from "../../../src/core/messages/model.js";
import { renderText } from "../../../src/render/text.js";
import { LEADER } from "../../support/agenda-fixture.js";
import { forEachDatabase } from "../../support/for-each-database.js";

function listed(message: Message): ListItem[] {
  return message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
}

/** Monday 23 November 2026, 09:00 in Amsterdam; the agenda counts as imported an hour earlier. */
const options = { agenda: true, clock: new Date("2026-11-23T09:00:00+01:00"), importedAt: new Date("2026-11-23T08:00:00+01:00") };

forEachDatabase("a reminder round about funding", options, (ctx) => {
  let leader: Actor;
  let anna: Actor;
  const agenda = () => ctx.agenda;
  const outbox = async () =>
    (await agenda().database.prisma.outboxMessage.findMany({ orderBy: { id: "asc" } })).map((row) => ({
      target: row.target,
      message: row.payload as unknown as Message,
    }));

  beforeEach(async () => {
    const { store } = agenda();
    const leaderPerson = await store.ensurePerson(LEADER, "Pim Projectleider");
    await store.linkIdentity(leaderPerson.id, { platform: "slack", tenantId: "T1", externalId: "ULEADER" });
    const annaPerson = await store.ensurePerson("anna@haarlem.nl", "Anna de Vries");
    await store.linkIdentity(annaPerson.id, { platform: "slack", tenantId: "T1", externalId: "UANNA" });
    const bramPerson = await store.ensurePerson("bram@velsen.nl", "Bram Bakker");
    leader = {
      ...(await agenda().actor({ email: LEADER })),
      conversation: { platform: "slack", tenantId: "T1", channelId: "DLEADER", isChannel: false },
    };
    anna = await agenda().actor({ email: "anna@haarlem.nl" });
    // 2.5 and 3.2 have their funding still to be decided; 1.1 runs on PoW (granted), so a funding round leaves it out.
    for (const code of ["2.5", "3.2", "1.1"]) await store.addLead(code, annaPerson.id, leaderPerson.id);
    await store.addLead("2.7", bramPerson.id, leaderPerson.id);
  });

  it("is previewed and started by `herinner financiering`, stored as a funding round, one message per lead", async () => {
    const preview = await agenda().core.run("herinner financiering", leader);
    expect(preview.message.summary).toMatch(/^Ronde over de financiering: \d+ acties, 2 trekkers$/);
    expect(renderText(preview.message)).toContain("Filter: financiering nader te bepalen of aangevraagd.");
    expect(renderText(preview.message)).toContain("Of typ `herinner start financiering`.");
    const start = preview.message.blocks.flatMap((block) => (block.type === "buttons" ? block.buttons : []))[0];
    expect(start?.intent).toBe("round.start");
    // The start button carries the filter, read back and checked as any input.
    const started = await agenda().core.press("round.start", start?.value ?? "", leader, "nl");
    expect(started.reply.changed).toBe(true);
    expect((await agenda().database.prisma.reminderRound.findFirst())?.kind).toBe("funding");

    const [dm, ...others] = await outbox();
    expect(others).toEqual([]);
    expect(dm?.target).toBe("UANNA");
    const text = renderText(dm?.message as Message);
    expect(dm?.message.summary).toBe("Hoe staat het met de financiering?");
    expect(text).toContain("Pim Projectleider vraagt je de financiering van je 2 acties te bevestigen of bij te werken");
    expect(listed(dm?.message as Message).map((item) => [item.title.split(" ")[0], item.detail])).toEqual([
      ["2.5", "nader te bepalen"],
      ["3.2", "nader te bepalen"],
    ]);
    const round = await agenda().core.run("ronde", leader);
    expect(round.message.summary).toMatch(/^Financieringsronde van .*: 0 van de 2 trekkers hebben gereageerd \(0%\)$/);
  });

  it("counts a funding decision or confirmation as the answer, and a status change not", async () => {
    await agenda().core.run("herinner start financiering", leader);
    const statusOnly = await agenda().core.run("status 2.5 loopt eerste gesprekken", anna);
    expect(renderText(statusOnly.message)).not.toContain("staat in de ronde");

    const decided = await agenda().core.run("financiering 2.5 aangevraagd ESF €40.000 aanvraag ingediend", anna);
    expect(renderText(decided.message)).toContain("Je antwoord over 2.5 staat in de ronde.");

    // *Ongewijzigd* on the reminder confirms the funding (not the status), and rebuilds the reminder in place.
    const statusRows = await agenda().database.prisma.statusChange.count();
    const confirmed = await agenda().core.press("action.confirm", "3.2 ronde", anna, "nl");
    expect(confirmed.answers).toBe("in-place");
    const text = renderText(confirmed.reply.message);
    expect(text).toContain("Financiering van 3.2 bevestigd: nader te bepalen.");
    expect(text).toContain("Dank je, je hebt alle acties in deze ronde beantwoord.");
    expect(listed(confirmed.reply.message).map((item) => item.detail)).toEqual([
      "aangevraagd · ESF · €\u00a040.000 · beantwoord: bijgewerkt",
      "nader te bepalen · beantwoord: ongewijzigd",
    ]);
    expect(await agenda().database.prisma.statusChange.count()).toBe(statusRows);
    const history = await agenda().ports.funding.fundingHistory("3.2", 5);
    expect(history[0]).toMatchObject({ from: "nader_te_bepalen", to: "nader_te_bepalen", channel: "cli" });
    // A second press stores nothing and says so in the words of a funding round.
    const again = await agenda().core.press("action.confirm", "3.2 ronde", anna, "nl");
    expect(renderText(again.reply.message)).toContain("Is de financiering toch veranderd?");
    expect(await agenda().ports.funding.fundingHistory("3.2", 5)).toHaveLength(history.length);

    const round = await agenda().core.run("ronde", leader);
    expect(round.message.summary).toMatch(/^Financieringsronde van .*: 1 van de 2 trekkers heeft gereageerd \(50%\)$/);
    expect(renderText(round.message)).toContain("Bijgewerkt: 1 · ongewijzigd: 1 · niet mijn actie: 0");
  });

  it("leaves a round about the status to status answers", async () => {
    await agenda().core.run("herinner start", leader);
    expect((await agenda().database.prisma.reminderRound.findFirst())?.kind).toBe("status");
    const decided = await agenda().core.run("financiering 2.5 aangevraagd ESF", anna);
    expect(renderText(decided.message)).not.toContain("staat in de ronde");
    const confirmed = await agenda().core.press("action.confirm", "2.5 ronde", anna, "nl");
    expect(renderText(confirmed.reply.message)).toContain("Status van 2.5 bevestigd: nader uit te werken.");
    const round = await agenda().core.run("ronde", leader);
    expect(round.message.summary).toMatch(/^Ronde van /);
  });
});
