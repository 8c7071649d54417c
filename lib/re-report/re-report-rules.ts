import { parseLocalDate } from "../time.ts";

/*
 * Pure rules of the re-report (重新报到), docs/decisions/084. A window covers whole Beijing days:
 * it opens at Beijing midnight of its first day and closes at Beijing midnight after its last day
 * (closesAt is exclusive).
 */

export type ReReportStatus = "confirmed" | "due" | "overdue" | "upcoming";

export type WindowBounds = { opensAt: Date; closesAt: Date };

/** "2027-03-01", "2027-03-31" → [2027-03-01 00:00, 2027-04-01 00:00) Beijing; null when a day does not exist. */
export function windowFromDays(firstDay: string, lastDay: string): WindowBounds | null {
  const first = parseLocalDate(firstDay);
  const last = parseLocalDate(lastDay);
  if (!first || !last) return null;
  if (last < first) return null;
  // Beijing has no daylight saving: the day after is always 24 hours later
  return { opensAt: first, closesAt: new Date(last.getTime() + 24 * 60 * 60 * 1000) };
}

/** A member's status in a window at `now`: confirmed once they confirmed, otherwise due while it is open, overdue after. */
export function reReportStatus(window: WindowBounds, confirmedAt: Date | null, now: Date): ReReportStatus {
  if (confirmedAt) return "confirmed";
  if (now < window.opensAt) return "upcoming";
  if (now < window.closesAt) return "due";
  return "overdue";
}

/** Confirming is possible from the window's opening on (late confirmations count: the reminder asks for them). */
export function canConfirm(window: WindowBounds, now: Date): boolean {
  return now >= window.opensAt;
}

export function isOpen(window: WindowBounds, now: Date): boolean {
  return now >= window.opensAt && now < window.closesAt;
}
