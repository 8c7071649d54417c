import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { localYear } from "../time.ts";

/**
 * Upcoming published activities of the member's community, those in categories they pledged
 * first, with their own sign-up status. Filters: category, and a date range.
 */
export async function listMemberActivities(options: { actor: Actor; categoryId?: string; from?: Date; to?: Date }) {
  const community = authorize(options.actor, "self.view");
  const now = new Date();
  const member = await db().member.findFirst({
    where: { userId: options.actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  const [activities, pledged] = await Promise.all([
    db().activity.findMany({
      where: {
        communityId: community.orgId,
        status: "PUBLISHED",
        endsAt: { gte: options.from && options.from > now ? options.from : now },
        ...(options.to ? { startsAt: { lte: options.to } } : {}),
        ...(options.categoryId ? { categoryId: options.categoryId } : {}),
      },
      orderBy: { startsAt: "asc" },
      take: 40,
      select: {
        id: true,
        title: true,
        place: true,
        startsAt: true,
        endsAt: true,
        signupDeadline: true,
        capacity: true,
        confirmedCount: true,
        points: true,
        hours: true,
        categoryId: true,
        category: { select: { nameZh: true, nameEn: true, icon: true } },
        signups: member ? { where: { memberId: member.id }, select: { status: true } } : false,
      },
    }),
    member
      ? db().pledge.findMany({
          where: { memberId: member.id, withdrawnAt: null, year: localYear(now) },
          select: { item: { select: { categoryId: true } } },
        })
      : Promise.resolve([]),
  ]);
  const pledgedCategories = new Set(pledged.map((p) => p.item.categoryId));
  const rows = activities.map(({ signups, ...a }) => ({
    ...a,
    hours: Number(a.hours),
    myStatus: (Array.isArray(signups) ? signups[0]?.status : undefined) ?? null,
    matchesPledge: pledgedCategories.has(a.categoryId),
  }));
  // stable: pledged categories first, each group by start time
  return { verified: !!member, activities: [...rows.filter((r) => r.matchesPledge), ...rows.filter((r) => !r.matchesPledge)] };
}

/** One activity of the member's community, with their sign-up and waitlist position. */
export async function getMemberActivity(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "self.view");
  const activity = await db().activity.findFirst({
    where: { id: assertId(options.id), communityId: community.orgId, status: { in: ["PUBLISHED", "CANCELLED"] } },
    include: { category: { select: { nameZh: true, nameEn: true, icon: true } }, community: { select: { name: true } } },
  });
  if (!activity) throw new NotFoundError();
  // a member who moved out and came back has two entries: the current one comes first
  const member = await db().member.findFirst({
    where: { userId: options.actor.userId, communityId: community.orgId },
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
