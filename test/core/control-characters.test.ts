import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/actor.js";
import type { ButtonIntent } from "../../src/core/messages/model.js";
import { renderText } from "../../src/render/text.js";
import { LEADER, openTestAgenda, type TestAgenda } from "../support/agenda-fixture.js";
import { DATABASE_KINDS } from "../support/databases.js";

describe.each(DATABASE_KINDS)("control characters refused at the boundary on %s", (kind) => {
  let agenda: TestAgenda;
  let leader: Actor;
  const rows = async () => ({
    history: await agenda.database.prisma.statusChange.count(),
    notes: await agenda.database.prisma.note.count(),
    escalations: await agenda.database.prisma.escalation.count(),
    rounds: await agenda.database.prisma.reminderRound.count(),
  });

  beforeAll(async () => {
    agenda = await openTestAgenda(kind);
    leader = await agenda.actor({ email: LEADER });
  });
  afterAll(async () => agenda?.close());

  it("refuses a NUL in a note with a message naming the note, and stores nothing", async () => {
    const before = await rows();
    const reply = await agenda.core.run("notitie 1.3 eerste\u0000bijeenkomst gehouden", leader);
    expect(reply.message.tone).toBe("error");
    expect(reply.changed).toBe(false);
    expect(renderText(reply.message)).toContain("Je notitie bevat een onzichtbaar stuurteken (U+0000, teken 19).");
    expect(await rows()).toEqual(before);
    // The same note without it is stored.
    expect((await agenda.core.run("notitie 1.3 eerste bijeenkomst gehouden", leader)).changed).toBe(true);
    expect((await rows()).notes).toBe(before.notes + 1);
  });

  it("refuses a NUL in a search, in a question, in a status explanation and in a filter", async () => {
    const before = await rows();
    const search = await agenda.core.run("zoek scho\u0000ling", leader);
    expect(renderText(search.message)).toContain("Je zoektekst bevat een onzichtbaar stuurteken (U+0000");
    const english = await agenda.core.run("search scho\u0000ling", { ...leader, locale: "en" });
    expect(renderText(english.message)).toContain("Your search text contains an invisible control character (U+0000");
    const question = await agenda.core.run("escaleer 1.3 RWB: wie betaalt\u0000?", leader);
    expect(renderText(question.message)).toContain("Je vraag bij `escaleer` bevat een onzichtbaar stuurteken");
    const status = await agenda.core.run("status 1.3 afgerond klaar\u0007", leader);
    expect(renderText(status.message)).toContain("De toelichting bij `status` bevat een onzichtbaar stuurteken (U+0007");
    const list = await agenda.core.run("lijst scope ij\u0000mond", leader);
    expect(renderText(list.message)).toContain("Het filter van `lijst` bevat een onzichtbaar stuurteken");
    for (const reply of [search, english, question, status, list]) expect(reply.message.tone).toBe("error");
    expect(await rows()).toEqual(before);
  });

  it("refuses a NUL in the status form's explanation next to the field, and stores nothing", async () => {
    const before = await rows();
    const result = await agenda.core.submitStatusForm({ code: "1.3", status: "afgerond", note: "klaar\u0000" }, leader, "nl");
    expect(result).toEqual({
      ok: false,
      errors: { note: "De toelichting bevat een onzichtbaar stuurteken (U+0000). Haal het weg en probeer het opnieuw." },
    });
    const tamperedCode = await agenda.core.submitStatusForm({ code: "1.\u00003", status: "afgerond" }, leader, "en");
    expect(tamperedCode).toEqual({ ok: false, errors: { code: "Choose an action." } });
    expect(await rows()).toEqual(before);
  });

  it("refuses a NUL in a button's value: the round start filter, Ongewijzigd and Niet mijn actie", async () => {
    const before = await rows();
    const press = async (intent: ButtonIntent, value: string) => (await agenda.core.press(intent, value, leader, "nl")).reply;
    const start = await press("round.start", JSON.stringify({ pillar: "werk naar werk\u0000" }));
    expect(renderText(start.message)).toContain("Deze knop klopt niet (meer); er is niets gestart.");
    const confirmed = await press("action.confirm", "1.\u00003");
    expect(renderText(confirmed.message)).toContain("Deze knop klopt niet (meer); er is niets opgeslagen.");
    const notMine = await press("action.not-mine", "1.3\u0000");
    expect(notMine.message.tone).toBe("error");
    expect(await rows()).toEqual(before);
  });
});
