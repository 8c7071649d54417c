// Pure rules of the check-in page and the check-in use case: one decision, so the page never
// offers a button the use case would refuse. No data access; unit-tested.
import { z } from "zod";
import { firstParam, idSchema, parseIdParam } from "../validation/fields.ts";

/** Check-in opens this long before the start and stays open this long after the end. */
export const CHECKIN_MARGIN_MS = 30 * 60_000;

/** The shape of a check-in token (`<minute>.<signature>`); `verifyCheckinToken` checks it for real. */
const TOKEN = /^\d{1,12}\.[A-Za-z0-9_-]{1,64}$/;

export function checkinTokenFrom(value: string | string[] | undefined): string | null {
  const token = firstParam(value)?.trim();
  return token && TOKEN.test(token) ? token : null;
}

export function isActivityId(value: string): boolean {
  return parseIdParam(value) !== undefined;
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
export type CheckInInput = z.infer<typeof checkInFormSchema>;

export type CheckinSituation = {
  activity: { status: string; startsAt: Date; endsAt: Date };
  /** the member's attendance record for the activity, if any */
  record: { status: string } | null;
  /** no token scanned, or whether the scanned one is valid for this activity now */
  token: "missing" | "invalid" | "valid";
  /** a confirmed sign-up (not waitlisted, not cancelled) */
  signedUp: boolean;
  now: Date;
};

/**
 * What scanning the code means, in this order: the activity was cancelled; attendance is already
 * recorded (scanning twice is harmless); the member was marked absent; no or a bad token; not
 * signed up; outside the activity's window ± the margin; else check-in is allowed.
 */
export type CheckinDecision =
  "cancelled" | "recorded" | "markedNoShow" | "noToken" | "badToken" | "notSignedUp" | "outsideWindow" | "allowed";

export function checkinDecision(s: CheckinSituation): CheckinDecision {
  if (s.activity.status === "CANCELLED") return "cancelled";
  if (s.record) return s.record.status === "NO_SHOW" ? "markedNoShow" : "recorded";
  if (s.token === "missing") return "noToken";
  if (s.token === "invalid") return "badToken";
  if (!s.signedUp) return "notSignedUp";
  const now = s.now.getTime();
  if (now < s.activity.startsAt.getTime() - CHECKIN_MARGIN_MS || now > s.activity.endsAt.getTime() + CHECKIN_MARGIN_MS) {
    return "outsideWindow";
  }
  return "allowed";
}

export type CheckInResult = { title: string; checkedInAt: Date; alreadyConfirmed: boolean };
