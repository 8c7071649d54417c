// The one calendar: communities are in China, so days, months and years are Beijing's (UTC+8, no
// daylight saving), whatever the server's or the browser's zone. Pure; unit-tested at the edges.

export const APP_TIME_ZONE = "Asia/Shanghai";
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** Years any page or form accepts at all; each use narrows them (see `parseYear`). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** The instant shifted so that its UTC fields read as Beijing wall-clock time. */
function wallClock(date: Date): Date {
  return new Date(date.getTime() + OFFSET_MS);
}

/** Beijing midnight of (year, month 0–11, day) as an instant; month and day may overflow (Date.UTC rules). */
export function localMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - OFFSET_MS);
}

/** Beijing calendar fields of an instant: month 0–11, weekday 0 = Sunday. */
export function localDateParts(date: Date): { year: number; month: number; day: number; weekday: number } {
  const local = wallClock(date);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate(), weekday: local.getUTCDay() };
}

/** The Beijing calendar year of an instant. */
export function localYear(date: Date): number {
  return wallClock(date).getUTCFullYear();
}

/** This year in Beijing: the year of the menu, the ratings, the dashboards. */
export function currentYear(now = new Date()): number {
  return localYear(now);
}

/** "2026-03-14": the Beijing calendar day of an instant. */
export function localDay(date: Date): string {
  return wallClock(date).toISOString().slice(0, 10);
}

/** Start of the Beijing calendar day containing `date`, as an instant. */
export function startOfLocalDay(date: Date): Date {
  const { year, month, day } = localDateParts(date);
  return localMidnight(year, month, day);
}

/** A Beijing calendar year and the instants bounding it: [start, end). */
export type YearRange = { year: number; start: Date; end: Date };

/** 2026 → 2025-12-31T16:00Z .. 2026-12-31T16:00Z. */
export function yearRange(year: number): YearRange {
  return { year, start: localMidnight(year, 0, 1), end: localMidnight(year + 1, 0, 1) };
}

/** The value a datetime-local field needs to show an instant in Beijing time. */
export function toLocalInput(date: Date): string {
  return wallClock(date).toISOString().slice(0, 16);
}

/**
 * "2026-12-01T09:00" typed in a datetime-local field → the instant it means in Beijing. A day
 * that does not exist (2027-02-30) is refused, never rolled over into the next month.
 */
export function parseLocalDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (hour > 23 || minute > 59) return null;
  const date = new Date(localMidnight(year, month - 1, day).getTime() + (hour * 60 + minute) * 60_000);
  return toLocalInput(date) === value ? date : null;
}

/** "2026-12-01" → Beijing midnight of that day; a day that does not exist is refused. */
export function parseLocalDate(value: string): Date | null {
  const date = parseLocalDateTime(`${value}T00:00`);
  return date && localDay(date) === value ? date : null;
}

/** The years a page or form accepts, and what a missing or bad `?year=` means. */
export type YearBounds<F extends number | undefined = number> = { min: number; max: number; fallback: F };

/**
 * The one year parser (`?year=` of every page, and year fields): exactly four digits within the
 * bounds, else the fallback. Repeated parameters use the first.
 */
export function parseYear<F extends number | undefined>(value: unknown, bounds: YearBounds<F>): number | F {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || !/^\d{4}$/.test(raw)) return bounds.fallback;
  const year = Number(raw);
  return year >= bounds.min && year <= bounds.max ? year : bounds.fallback;
}

/** The usual bounds: any year the portal accepts, this year when none (or a bad one) is given. */
export function anyYear(now = new Date()): YearBounds {
  return { min: FIRST_YEAR, max: LAST_YEAR, fallback: currentYear(now) };
}
