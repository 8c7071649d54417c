import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type GetMemberActivityOptions = { actor: Actor; input: { id: string } };

/** One activity of the member's community, with their sign-up and waitlist position. */
export async function getMemberActivity({ actor, input }: GetMemberActivityOptions) {
  const community = authorize(actor, "self.view");
  const activity = await db().activity.findFirst({
    where: { id: assertId(input.id), communityId: community.orgId, status: { in: ["PUBLISHED", "CANCELLED"] } },
    include: { category: { select: { nameZh: true, nameEn: true, icon: true } }, community: { select: { name: true } } },
  });
  if (!activity) throw new NotFoundError();
  // a member who moved out and came back has two entries: the current one comes first
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId },
    orderBy: [{ movedOutAt: { sort: "desc", nulls: "first" } }, { reportedAt: "desc" }],
    select: { id: true, status: true },
  });
  const signup = member
    ? await db().signup.findUnique({
        where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
        select: { status: true, queuedAt: true, id: true },
      })
    : null;
  const position =
    signup?.status === "WAITLISTED"
      ? (await db().signup.count({
          where: {
            activityId: activity.id,
            status: "WAITLISTED",
            OR: [{ queuedAt: { lt: signup.queuedAt } }, { queuedAt: signup.queuedAt, id: { lt: signup.id } }],
          },
        })) + 1
      : null;
  const record = member
    ? await db().activityRecord.findUnique({
        where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
        select: { status: true, checkedInAt: true, points: true, hours: true, confirmedAt: true },
      })
    : null;
  return {
    activity: { ...activity, hours: Number(activity.hours) },
    memberStatus: member?.status ?? null,
    signupStatus: signup && signup.status !== "CANCELLED" ? signup.status : null,
    waitlistPosition: position,
    record: record ? { ...record, hours: Number(record.hours) } : null,
  };
}
