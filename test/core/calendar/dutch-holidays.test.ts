import { describe, expect, it } from "vitest";
import { addWorkingDays, dutchHolidays, holidayOn, isWorkingDay, onWorkingDay } from "../../../src/core/calendar/dutch-holidays.js";

// Dates as the Dutch government publishes them for these years.
const EXPECTED: Record<number, [string, string][]> = {
  2025: [
    ["2025-01-01", "Nieuwjaarsdag"],
    ["2025-04-20", "Eerste Paasdag"],
    ["2025-04-21", "Tweede Paasdag"],
    ["2025-04-26", "Koningsdag"],
    ["2025-05-05", "Bevrijdingsdag"],
    ["2025-05-29", "Hemelvaartsdag"],
    ["2025-06-08", "Eerste Pinksterdag"],
    ["2025-06-09", "Tweede Pinksterdag"],
    ["2025-12-25", "Eerste Kerstdag"],
    ["2025-12-26", "Tweede Kerstdag"],
  ],
  2026: [
    ["2026-01-01", "Nieuwjaarsdag"],
    ["2026-04-05", "Eerste Paasdag"],
    ["2026-04-06", "Tweede Paasdag"],
    ["2026-04-27", "Koningsdag"],
    ["2026-05-05", "Bevrijdingsdag"],
    ["2026-05-14", "Hemelvaartsdag"],
    ["2026-05-24", "Eerste Pinksterdag"],
    ["2026-05-25", "Tweede Pinksterdag"],
    ["2026-12-25", "Eerste Kerstdag"],
    ["2026-12-26", "Tweede Kerstdag"],
  ],
  2027: [
    ["2027-01-01", "Nieuwjaarsdag"],
    ["2027-03-28", "Eerste Paasdag"],
    ["2027-03-29", "Tweede Paasdag"],
    ["2027-04-27", "Koningsdag"],
    ["2027-05-05", "Bevrijdingsdag"],
    ["2027-05-06", "Hemelvaartsdag"],
    ["2027-05-16", "Eerste Pinksterdag"],
    ["2027-05-17", "Tweede Pinksterdag"],
    ["2027-12-25", "Eerste Kerstdag"],
    ["2027-12-26", "Tweede Kerstdag"],
  ],
};

describe("Dutch public holidays", () => {
  it.each([2025, 2026, 2027])("lists the holidays of %i", (year) => {
    expect(dutchHolidays(year).map((holiday) => [holiday.date, holiday.name])).toEqual(EXPECTED[year]);
  });

  it("moves King's Day to Saturday 26 April when the 27th is a Sunday", () => {
    expect(dutchHolidays(2025).find((holiday) => holiday.name === "Koningsdag")?.date).toBe("2025-04-26");
    expect(dutchHolidays(2031).find((holiday) => holiday.name === "Koningsdag")?.date).toBe("2031-04-26");
  });

  it("judges working days in Amsterdam time, not UTC", () => {
    expect(isWorkingDay(new Date("2026-05-14T08:00:00Z"))).toBe(false); // Hemelvaartsdag
    expect(isWorkingDay(new Date("2026-05-13T21:59:00Z"))).toBe(true); // Wednesday 23:59 in Amsterdam
    expect(isWorkingDay(new Date("2026-05-13T22:30:00Z"))).toBe(false); // already Thursday (Hemelvaart) in Amsterdam
    expect(isWorkingDay(new Date("2026-11-21T10:00:00Z"))).toBe(false); // Saturday
    expect(isWorkingDay(new Date("2026-11-23T08:00:00Z"))).toBe(true); // Monday
    expect(holidayOn(new Date("2027-12-25T23:30:00Z"))?.name).toBe("Tweede Kerstdag");
  });

  it("counts working days on the Amsterdam calendar, keeping the clock time across summer time changes", () => {
    // Friday 27 March 2026 09:00 (winter time) + 1 working day: Monday 30 March 09:00 (summer time).
    expect(addWorkingDays(new Date("2026-03-27T09:00:00+01:00"), 1).toISOString()).toBe(new Date("2026-03-30T09:00:00+02:00").toISOString());
    // Friday 23 October 2026 00:30 (summer time) + 1: Monday 26 October 00:30 (winter time), not Sunday 23:30.
    expect(addWorkingDays(new Date("2026-10-23T00:30:00+02:00"), 1).toISOString()).toBe(new Date("2026-10-26T00:30:00+01:00").toISOString());
    // Holidays are skipped too: Friday 24 April 2026 + 1 is Tuesday 28 April (Monday 27 April is King's Day).
    expect(addWorkingDays(new Date("2026-04-24T09:00:00+02:00"), 1).toISOString()).toBe(new Date("2026-04-28T09:00:00+02:00").toISOString());
    // Saturday 28 March 2026 10:00 held to Monday 30 March 10:00, the same clock time after the change.
    expect(onWorkingDay(new Date("2026-03-28T10:00:00+01:00")).toISOString()).toBe(new Date("2026-03-30T10:00:00+02:00").toISOString());
  });
});
