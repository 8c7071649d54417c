// Pure helpers for the member's side of activities: list filters from the URL, what a member may
// do with an activity right now, and the check-in link. No data access; unit-tested.
import { z } from "zod";
import { idSchema } from "../actions/form-data.ts";

const OFFSET_MS = 8 * 60 * 60 * 1000; // Beijing time (UTC+8, no daylight saving), as in lib/time.ts
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const DATE_RANGES = ["all", "week", "month"] as const;
export type DateRange = (typeof DATE_RANGES)[number];

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Beijing midnight of (year, month, day) as an instant; month and day may overflow (Date.UTC rules). */
function localMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - OFFSET_MS);
}

/**
 * The last instant of the Beijing calendar week (Monday to Sunday) or month containing `now`.
 * Activities starting up to and including it are "this week" / "this month".
 */
export function rangeEnd(range: Exclude<DateRange, "all">, now: Date): Date {
  const local = new Date(now.getTime() + OFFSET_MS);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  if (range === "month") return new Date(localMidnight(y, m + 1, 1).getTime() - 1);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  return new Date(localMidnight(y, m, d - daysSinceMonday + 7).getTime() - 1);
}

/**
 * `?category=<id>&range=week|month|all` → the options of `listMemberActivities`. Anything
 * unexpected is ignored (a hand-edited URL shows all activities, never an error).
 */
export function parseActivityFilters(params: SearchParams, now: Date): { categoryId?: string; range: DateRange; to?: Date } {
  const category = first(params.category)?.trim();
  const rangeParam = first(params.range);
  const range: DateRange = (DATE_RANGES as readonly string[]).includes(rangeParam ?? "") ? (rangeParam as DateRange) : "all";
  return {
    categoryId: category && UUID.test(category) ? category.toLowerCase() : undefined,
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

// ---- check-in ----

/** The shape of a check-in token (`<minute>.<signature>`); the use case verifies it for real. */
const TOKEN = /^\d{1,12}\.[A-Za-z0-9_-]{1,64}$/;

export function checkinTokenFrom(value: string | string[] | undefined): string | null {
  const token = first(value)?.trim();
  return token && TOKEN.test(token) ? token : null;
}

export function isActivityId(value: string): boolean {
  return UUID.test(value);
}

/** The page a check-in QR code opens; also where sign-in and a role switch come back to. */
export function checkinPath(activityId: string, token: string | null): string {
  if (!isActivityId(activityId)) return "/";
  return token ? `/checkin/${activityId}?t=${encodeURIComponent(token)}` : `/checkin/${activityId}`;
}

export const checkInFormSchema = z.object({
  activityId: idSchema,
  token: z.string({ error: "checkin.badToken" }).trim().regex(TOKEN, "checkin.badToken"),
});
