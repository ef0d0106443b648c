import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/env.js";
import { workingDaysAfter, workingDaysBefore, workingDaysBetween } from "../../../src/core/calendar/working-dates.js";
import { goalProgress, progressBar } from "../../../src/core/goals/goal-progress.js";
import { fileDateSchema, readNumber, readTypedDate, resolveDate } from "../../../src/core/goals/goal-values.js";

describe("numbers as people type them", () => {
  it.each([
    ["200", 200],
    ["1.000", 1000],
    ["2.500,75", 2500.75],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["75%", 75],
    ["0", 0],
    ["-3", -3],
    ["veel", null],
    ["1,2,3", null],
    ["12abc", null],
    ["", null],
  ] as const)("%s → %s", (word, value) => {
    expect(readNumber(word)).toBe(value);
  });
});

describe("dates as people type them", () => {
  it.each([
    ["31-12-2026", { day: 31, month: 12, year: 2026 }],
    ["1/3/2027", { day: 1, month: 3, year: 2027 }],
    ["2026-12-31", { day: 31, month: 12, year: 2026 }],
    ["31.12", { day: 31, month: 12 }],
    ["29-02", { day: 29, month: 2 }],
    ["29-02-2027", null],
    ["31-04-2027", null],
    ["0-1-2027", null],
    ["1-13", null],
    ["2026-13-01", null],
    ["morgen", null],
  ] as const)("%s", (word, typed) => {
    expect(readTypedDate(word)).toEqual(typed);
  });

  it("takes a day without a year as the next such day", () => {
    expect(resolveDate({ day: 31, month: 12 }, "2026-12-01")).toBe("2026-12-31");
    expect(resolveDate({ day: 1, month: 12 }, "2026-12-01")).toBe("2026-12-01");
    expect(resolveDate({ day: 30, month: 11 }, "2026-12-01")).toBe("2027-11-30");
    expect(resolveDate({ day: 29, month: 2 }, "2026-12-01")).toBe("2028-02-29");
    expect(resolveDate({ day: 5, month: 1, year: 2026 }, "2026-12-01")).toBe("2026-01-05");
  });

  it("reads the agenda file's dates only with a year", () => {
    expect(fileDateSchema.parse("31-12-2026")).toBe("2026-12-31");
    expect(fileDateSchema.parse("2026-12-31")).toBe("2026-12-31");
    expect(fileDateSchema.safeParse("31-12").error?.issues[0]?.message).toMatch(/not a date with a year/);
  });
});

describe("working days on calendar dates", () => {
  it("counts back past weekends and Christmas", () => {
    // Thursday 31 December 2026: 5 working days back skips the weekend, Christmas (Friday) and Boxing Day.
    expect(workingDaysBefore("2026-12-31", 5)).toBe("2026-12-23");
    expect(workingDaysBetween("2026-12-23", "2026-12-31")).toBe(5);
    expect(workingDaysAfter("2026-12-23", 5)).toBe("2026-12-31");
    // Monday 4 May 2026: the Friday before, and Liberation Day (5 May 2026) is a holiday.
    expect(workingDaysBefore("2026-05-04", 1)).toBe("2026-05-01");
    expect(workingDaysAfter("2026-05-04", 1)).toBe("2026-05-06");
  });
});

describe("goal progress against a linear schedule", () => {
  const createdAt = new Date("2026-01-01T00:00:00Z");
  const goal = (value: number | null, dueDate: string | null = "2026-12-31") => ({
    target: 200,
    dueDate,
    createdAt,
    latest: value === null ? null : { value, at: createdAt, note: null, by: null },
  });
  const midyear = new Date("2026-07-02T12:00:00Z");

  it.each([
    ["half way, half done", goal(100), midyear, "on-schedule", 50],
    ["half way, a quarter done", goal(50), midyear, "behind", 25],
    ["no measurement yet, half way", goal(null), midyear, "behind", 0],
    ["target exceeded", goal(250), midyear, "reached", 125],
    ["past the date, not reached", goal(150), new Date("2027-01-01T12:00:00Z"), "overdue", 75],
    ["on the date itself", goal(150), new Date("2026-12-31T20:00:00Z"), "behind", 75],
    ["without a date", goal(20, null), midyear, "no-date", 10],
  ] as const)("%s", (_label, input, now, schedule, percent) => {
    const progress = goalProgress(input, now);
    expect(progress.schedule).toBe(schedule);
    expect(progress.percent).toBe(percent);
  });

  it("draws the bar filled to the share, never beyond full", () => {
    expect(progressBar(0.6)).toBe("██████░░░░");
    expect(progressBar(0)).toBe("░░░░░░░░░░");
    expect(progressBar(1.7)).toBe("██████████");
  });
});

describe("the reminder's working days in the configuration", () => {
  it("defaults to 5, takes a number, and names the setting when it is wrong", () => {
    expect(loadConfig({}).deadlineReminderDays).toBe(5);
    expect(loadConfig({ DEADLINE_REMINDER_DAYS: "3" }).deadlineReminderDays).toBe(3);
    expect(() => loadConfig({ DEADLINE_REMINDER_DAYS: "0" })).toThrow(/DEADLINE_REMINDER_DAYS: .*expected a number of working days/);
  });
});
