import { describe, expect, it } from "vitest";
import { dueOccurrence, dueTime, readHolidayRule } from "../../../src/core/schedule/holiday-hold.js";

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("a digest held over a Dutch public holiday", () => {
  // Koningsdag 2027 is Tuesday 27 April; 09:00 in Amsterdam is 07:00 UTC (summer time).
  const TUESDAY = "0 9 * * 2";

  it("comes on Wednesday 28 April when it would fall on Koningsdag 2027, and on the day itself without the option", () => {
    expect(iso(dueTime(TUESDAY, at("2027-04-27T07:00:00Z"), true))).toBe("2027-04-28T07:00:00.000Z");
    expect(iso(dueOccurrence(TUESDAY, at("2027-04-27T07:00:30Z"), true))).toBe("2027-04-20T07:00:00.000Z"); // last week's
    expect(iso(dueOccurrence(TUESDAY, at("2027-04-28T06:59:59Z"), true))).toBe("2027-04-20T07:00:00.000Z");
    expect(iso(dueOccurrence(TUESDAY, at("2027-04-28T07:00:30Z"), true))).toBe("2027-04-27T07:00:00.000Z");
    expect(iso(dueOccurrence(TUESDAY, at("2027-04-27T07:00:30Z"), false))).toBe("2027-04-27T07:00:00.000Z");
  });

  it.each([
    // [what, schedule, occurrence, due]
    ["Tweede Paasdag 2027 (Monday) → Tuesday", "0 9 * * 1", "2027-03-29T07:00:00Z", "2027-03-30T07:00:00.000Z"],
    ["Hemelvaartsdag 2027 (Thursday) → Friday", "0 9 * * 4", "2027-05-06T07:00:00Z", "2027-05-07T07:00:00.000Z"],
    ["Bevrijdingsdag 2027 (Wednesday), then Hemelvaartsdag → Friday", "0 9 * * 3", "2027-05-05T07:00:00Z", "2027-05-07T07:00:00.000Z"],
    ["Eerste Kerstdag 2026 (Friday) → Monday 28 December, winter time", "0 9 * * 5", "2026-12-25T08:00:00Z", "2026-12-28T08:00:00.000Z"],
    ["Nieuwjaarsdag 2027 (Friday) → Monday 4 January", "0 9 * * 5", "2027-01-01T08:00:00Z", "2027-01-04T08:00:00.000Z"],
    ["Goede Vrijdag 2027 is no public holiday: it stays", "0 9 * * 5", "2027-03-26T08:00:00Z", "2027-03-26T08:00:00.000Z"],
    ["an ordinary Tuesday stays", TUESDAY, "2027-04-20T07:00:00Z", "2027-04-20T07:00:00.000Z"],
  ])("%s", (_what, schedule, occurrence, due) => {
    expect(iso(dueTime(schedule, at(occurrence), true))).toBe(due);
  });

  it("leaves a daily digest on a holiday to the next day's, so the working day gets one digest, not two", () => {
    const DAILY = "0 9 * * *";
    expect(dueTime(DAILY, at("2027-04-27T07:00:00Z"), true)).toBeNull();
    expect(iso(dueOccurrence(DAILY, at("2027-04-27T12:00:00Z"), true))).toBe("2027-04-26T07:00:00.000Z");
    expect(iso(dueOccurrence(DAILY, at("2027-04-28T07:00:30Z"), true))).toBe("2027-04-28T07:00:00.000Z");
  });
});

describe("the holiday words after `digest schema`", () => {
  it.each([
    ["maandag 9:00 feestdagen overslaan", "maandag 9:00", "skip"],
    ["Maandag 9:00  Feestdagen   Overslaan", "Maandag 9:00", "skip"],
    ["feestdagen overslaan vrijdag 14:00", "vrijdag 14:00", "skip"],
    ["feestdagen overslaan", "", "skip"],
    ["dinsdag 9:00 niet op feestdagen", "dinsdag 9:00", "skip"],
    ["monday 9:00 skip holidays", "monday 9:00", "skip"],
    ["0 9 * * 1 skip holidays", "0 9 * * 1", "skip"],
    ["vrijdag 14:00 ook op feestdagen", "vrijdag 14:00", "keep"],
    ["vrijdag 14:00 feestdagen niet overslaan", "vrijdag 14:00", "keep"],
    ["friday 14:00 also on holidays", "friday 14:00", "keep"],
    ["vrijdag 14:00", "vrijdag 14:00", undefined],
  ])("%s", (typed, schedule, holidays) => {
    expect(readHolidayRule(typed)).toEqual(holidays ? { schedule, holidays } : { schedule });
  });
});
