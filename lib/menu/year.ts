import { localYear } from "../time.ts";

/** The menu year is the calendar year in China, whatever the server's time zone. */
export function currentYear(now = new Date()): number {
  return localYear(now);
}
