import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { verifyCheckinToken } from "./checkin-token.ts";

/** Check-in opens this long before the start and stays open this long after the end. */
export const CHECKIN_MARGIN_MS = 30 * 60_000;

/**
 * A signed-in member scans the code: checked in only with a valid token for this activity, a
 * confirmed sign-up, and inside the activity's window ± the margin. Scanning twice is harmless.
 */
export async function checkIn(options: { actor: Actor; activityId: string; token: string; now?: Date }) {
  const community = authorize(options.actor, "self.signup");
  const now = options.now ?? new Date();
  if (!verifyCheckinToken(options.activityId, options.token, now.getTime())) throw new UserFacingError("checkin.badToken");
  const activity = await db().activity.findFirst({
    where: { id: options.activityId, communityId: community.orgId, status: "PUBLISHED" },
    select: { id: true, title: true, startsAt: true, endsAt: true },
  });
  if (!activity) throw new NotFoundError();
  if (
    now.getTime() < activity.startsAt.getTime() - CHECKIN_MARGIN_MS ||
    now.getTime() > activity.endsAt.getTime() + CHECKIN_MARGIN_MS
  ) {
    throw new UserFacingError("checkin.outsideWindow");
  }
  const member = await db().member.findFirst({
    where: { userId: options.actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  const signup =
    member &&
    (await db().signup.findFirst({
      where: { activityId: activity.id, memberId: member.id, status: "CONFIRMED" },
      select: { id: true },
    }));
  if (!member || !signup) throw new UserFacingError("checkin.notSignedUp");
  const record = await db().activityRecord.upsert({
    where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
    create: {
      activityId: activity.id,
      memberId: member.id,
      communityId: community.orgId,
      status: "CHECKED_IN",
      checkedInAt: now,
    },
    update: {},
    select: { checkedInAt: true, status: true },
  });
  return { title: activity.title, checkedInAt: record.checkedInAt ?? now, alreadyConfirmed: record.status !== "CHECKED_IN" };
}
