/**
 * Dutch public holidays (algemeen erkende feestdagen, Algemene termijnenwet art. 3): automatic reminder rounds
 * skip them, as they skip weekends. Dates are calendar dates in Europe/Amsterdam, written YYYY-MM-DD.
 */

export interface Holiday {
  date: string;
  name: string;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function addDays(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** King's Day is 27 April, or Saturday 26 April when the 27th is a Sunday. */
function kingsDay(year: number): string {
  const sunday = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0;
  return iso(year, 4, sunday ? 26 : 27);
}

export function dutchHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => addDays(year, easter.month, easter.day, days);
  const holidays: Holiday[] = [
    { date: iso(year, 1, 1), name: "Nieuwjaarsdag" },
    { date: fromEaster(0), name: "Eerste Paasdag" },
    { date: fromEaster(1), name: "Tweede Paasdag" },
    { date: kingsDay(year), name: "Koningsdag" },
    { date: iso(year, 5, 5), name: "Bevrijdingsdag" },
    { date: fromEaster(39), name: "Hemelvaartsdag" },
    { date: fromEaster(49), name: "Eerste Pinksterdag" },
    { date: fromEaster(50), name: "Tweede Pinksterdag" },
    { date: iso(year, 12, 25), name: "Eerste Kerstdag" },
    { date: iso(year, 12, 26), name: "Tweede Kerstdag" },
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
const AMSTERDAM_WEEKDAY = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", weekday: "short" });

/** The calendar date in Amsterdam of an instant, as YYYY-MM-DD. */
export function amsterdamDate(instant: Date): string {
  return AMSTERDAM_DATE.format(instant);
}

/** The holiday on this day in Amsterdam, if any. */
export function holidayOn(instant: Date): Holiday | undefined {
  const date = amsterdamDate(instant);
  return dutchHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/** A working day: Monday to Friday in Amsterdam, and not a Dutch public holiday. */
export function isWorkingDay(instant: Date): boolean {
  const weekday = AMSTERDAM_WEEKDAY.format(instant);
  return weekday !== "Sat" && weekday !== "Sun" && holidayOn(instant) === undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const AMSTERDAM_OFFSET = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" });

/** Minutes Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: Date): number {
  const name = AMSTERDAM_OFFSET.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The same Amsterdam clock time on the next calendar day, also across a change to or from summer time. */
function nextDay(instant: Date): Date {
  const next = new Date(instant.getTime() + DAY_MS);
  return new Date(next.getTime() + (amsterdamOffsetMinutes(instant) - amsterdamOffsetMinutes(next)) * 60_000);
}

/** The same time of day, `days` working days later (weekends and holidays are not counted). */
export function addWorkingDays(instant: Date, days: number): Date {
  let result = instant;
  for (let counted = 0; counted < days; ) {
    result = nextDay(result);
    if (isWorkingDay(result)) counted++;
  }
  return result;
}

/** The instant itself on a working day; otherwise the same time of day on the next working day. */
export function onWorkingDay(instant: Date): Date {
  let result = instant;
  while (!isWorkingDay(result)) result = nextDay(result);
  return result;
}
