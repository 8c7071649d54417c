import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { checkinDecision, type CheckInInput } from "./checkin-rules.ts";
import { verifyCheckinToken } from "./checkin-token.ts";

export type CheckInOptions = { actor: Actor; input: CheckInInput; now?: Date };

/**
 * A signed-in member scans the code: checked in only with a valid token for this activity, a
 * confirmed sign-up, and inside the activity's window ± the margin (`checkinDecision`, as the
 * page shows it). Scanning twice is harmless.
 */
export async function checkIn({ actor, input, now = new Date() }: CheckInOptions) {
  const community = authorize(actor, "self.signup");
  const activity = await db().activity.findFirst({
    where: { id: input.activityId, communityId: community.orgId, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: { id: true, title: true, status: true, startsAt: true, endsAt: true },
  });
  if (!activity) throw new NotFoundError();
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  const [signup, record] = member
    ? await Promise.all([
        db().signup.findFirst({
          where: { activityId: activity.id, memberId: member.id, status: "CONFIRMED" },
          select: { id: true },
        }),
        db().activityRecord.findUnique({
          where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
          select: { status: true, checkedInAt: true },
        }),
      ])
    : [null, null];
  const decision = checkinDecision({
    activity,
    record,
    token: verifyCheckinToken(activity.id, input.token, now.getTime()) ? "valid" : "invalid",
    signedUp: !!signup,
    now,
  });
  if (decision === "recorded" && record) {
    return { title: activity.title, checkedInAt: record.checkedInAt ?? now, alreadyConfirmed: record.status !== "CHECKED_IN" };
  }
  if (decision !== "allowed" || !member) throw new UserFacingError(`checkin.${decision}`);
  const created = await db().activityRecord.upsert({
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
  return { title: activity.title, checkedInAt: created.checkedInAt ?? now, alreadyConfirmed: created.status !== "CHECKED_IN" };
}
