/** Communities are in China: form times are Beijing time (UTC+8, no daylight saving), whatever the server's zone. */
export const APP_TIME_ZONE = "Asia/Shanghai";
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-12-01T09:00" typed in a datetime-local field → the instant it means in Beijing. */
export function parseLocalDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The value a datetime-local field needs to show an instant in Beijing time. */
export function toLocalInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** Start of the Beijing calendar day containing `date`, as an instant. */
export function startOfLocalDay(date: Date): Date {
  const local = new Date(date.getTime() + OFFSET_MS);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - OFFSET_MS);
}

/** The Beijing calendar year of an instant. */
export function localYear(date: Date): number {
  return new Date(date.getTime() + OFFSET_MS).getUTCFullYear();
}
