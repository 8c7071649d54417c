import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { localYear } from "../time.ts";

export type ListMemberActivitiesOptions = { actor: Actor; input?: { categoryId?: string; from?: Date; to?: Date } };

/**
 * Upcoming published activities of the member's community, those in categories they pledged
 * first, with their own sign-up status. Filters: category, and a date range.
 */
export async function listMemberActivities({ actor, input = {} }: ListMemberActivitiesOptions) {
  const community = authorize(actor, "self.view");
  const now = new Date();
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  const [activities, pledged] = await Promise.all([
    db().activity.findMany({
      where: {
        communityId: community.orgId,
        status: "PUBLISHED",
        endsAt: { gte: input.from && input.from > now ? input.from : now },
        ...(input.to ? { startsAt: { lte: input.to } } : {}),
        ...(input.categoryId ? { categoryId: input.categoryId } : {}),
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
