import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListActivityPointsOptions = { actor: Actor; input?: { limit?: number } };

/** Points credited per activity of the community (what each activity gave, to whom in total). */
export async function listActivityPoints({ actor, input = {} }: ListActivityPointsOptions) {
  const community = authorize(actor, "points.manage");
  const sums = await db().pointsEntry.groupBy({
    by: ["activityId"],
    where: { communityId: community.orgId, activityId: { not: null }, kind: "EARN" },
    _sum: { amount: true },
    _count: { _all: true },
  });
  const activities = await db().activity.findMany({
    where: { id: { in: sums.map((s) => s.activityId!) }, communityId: community.orgId },
    orderBy: { startsAt: "desc" },
    take: input.limit ?? 50,
    select: { id: true, title: true, startsAt: true },
  });
  const byId = new Map(sums.map((s) => [s.activityId, s]));
  return activities.map((a) => ({ ...a, points: byId.get(a.id)?._sum.amount ?? 0, members: byId.get(a.id)?._count._all ?? 0 }));
}
