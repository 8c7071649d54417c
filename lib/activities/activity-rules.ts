// Pure helpers for the member's side of activities: list filters from the URL, what a member may
// do with an activity right now. No data access; unit-tested.
import { localDateParts, localMidnight } from "../time.ts";
import { firstParam, parseIdParam, type SearchParams } from "../validation/fields.ts";

export const DATE_RANGES = ["all", "week", "month"] as const;
export type DateRange = (typeof DATE_RANGES)[number];

/**
 * The last instant of the Beijing calendar week (Monday to Sunday) or month containing `now`.
 * Activities starting up to and including it are "this week" / "this month".
 */
export function rangeEnd(range: Exclude<DateRange, "all">, now: Date): Date {
  const { year: y, month: m, day: d, weekday } = localDateParts(now);
  if (range === "month") return new Date(localMidnight(y, m + 1, 1).getTime() - 1);
  const daysSinceMonday = (weekday + 6) % 7;
  return new Date(localMidnight(y, m, d - daysSinceMonday + 7).getTime() - 1);
}

/**
 * `?category=<id>&range=week|month|all` → the options of `listMemberActivities`. Anything
 * unexpected is ignored (a hand-edited URL shows all activities, never an error).
 */
export function parseActivityFilters(params: SearchParams, now: Date): { categoryId?: string; range: DateRange; to?: Date } {
  const rangeParam = firstParam(params.range);
  const range: DateRange = (DATE_RANGES as readonly string[]).includes(rangeParam ?? "") ? (rangeParam as DateRange) : "all";
  return {
    categoryId: parseIdParam(params.category),
    range,
    to: range === "all" ? undefined : rangeEnd(range, now),
  };
}

/** The list URL for a combination of filters (defaults left out, so links stay short). */
export function activitiesHref(filters: { categoryId?: string; range: DateRange }): string {
  const search = new URLSearchParams();
  if (filters.categoryId) search.set("category", filters.categoryId);
  if (filters.range !== "all") search.set("range", filters.range);
  const query = search.toString();
  return query ? `/me/activities?${query}` : "/me/activities";
}

type ActivityTimes = { status: string; startsAt: Date; endsAt: Date; signupDeadline: Date };

/**
 * Where an activity stands for sign-ups: open (before the deadline), closed (deadline passed,
 * not over yet), ended, or cancelled. Mirrors the rules the use cases enforce.
 */
export function activityPhase(activity: ActivityTimes, now: Date): "open" | "closed" | "ended" | "cancelled" {
  if (activity.status === "CANCELLED") return "cancelled";
  if (activity.endsAt.getTime() < now.getTime()) return "ended";
  if (activity.signupDeadline.getTime() <= now.getTime()) return "closed";
  return "open";
}

/** Places left, never negative. */
export function placesLeft(activity: { capacity: number; confirmedCount: number }): number {
  return Math.max(0, activity.capacity - activity.confirmedCount);
}

/** What a list card says about places: open with places, full (waitlist), or sign-up closed. */
export function availability(
  activity: ActivityTimes & { capacity: number; confirmedCount: number },
  now: Date,
): "open" | "full" | "closed" {
  if (activityPhase(activity, now) !== "open") return "closed";
  return placesLeft(activity) > 0 ? "open" : "full";
}

/** The primary action on an activity's page for a verified member, or null when there is none. */
export function signupAction(options: {
  phase: ReturnType<typeof activityPhase>;
  signupStatus: "CONFIRMED" | "WAITLISTED" | null;
  full: boolean;
}): "signUp" | "joinWaitlist" | "cancel" | "leaveWaitlist" | null {
  if (options.phase !== "open") return null;
  if (options.signupStatus === "CONFIRMED") return "cancel";
  if (options.signupStatus === "WAITLISTED") return "leaveWaitlist";
  return options.full ? "joinWaitlist" : "signUp";
}
