import { localYear, toLocalInput } from "../time.ts";

/** The instants where a Beijing calendar year starts and the next one starts: `[from, to)`. */
export type YearRange = { year: number; from: Date; to: Date };

export function beijingYearRange(year: number): YearRange {
  const at = (y: number) => new Date(`${String(y).padStart(4, "0")}-01-01T00:00:00+08:00`);
  return { year, from: at(year), to: at(year + 1) };
}

export const DASHBOARD_MIN_YEAR = 2000;
export const DASHBOARD_MAX_YEAR = 2100;

/** `?year=` of a dashboard: a bad or missing value means the current Beijing year. */
export function parseDashboardYear(value: string | string[] | undefined, now = new Date()): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const year = raw !== undefined && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= DASHBOARD_MIN_YEAR && year <= DASHBOARD_MAX_YEAR ? year : localYear(now);
}

/** The Beijing calendar day of an instant, "2026-11-26" (dedupe keys of daily reminders). */
export function beijingDay(date: Date): string {
  return toLocalInput(date).slice(0, 10);
}

/** active / base, or null when there is nobody to count (shown as "—", never as 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
