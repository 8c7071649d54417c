import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { normalizePersonName } from "../members/person-name.ts";

const PAGE_SIZE = 50;

/** Balances of the community's members (sum of the ledger), highest first, with the search: one page, and all of them. */
export async function listMemberBalances(options: { actor: Actor; query?: string; page?: number }) {
  const community = authorize(options.actor, "points.manage");
  const page = Math.max(1, options.page ?? 1);
  const q = options.query ? normalizePersonName(options.query) : undefined;
  const members = await db().member.findMany({
    where: { communityId: community.orgId, status: { in: ["ACTIVE", "MOVED_OUT"] }, ...(q ? { name: { contains: q } } : {}) },
    select: { id: true, name: true, status: true, building: { select: { name: true } }, room: true },
  });
  const sums = await db().pointsEntry.groupBy({
    by: ["memberId"],
    where: { communityId: community.orgId, memberId: { in: members.map((m) => m.id) } },
    _sum: { amount: true },
  });
  const balance = new Map(sums.map((s) => [s.memberId, s._sum.amount ?? 0]));
  const rows = members
    .map((m) => ({ ...m, balance: balance.get(m.id) ?? 0 }))
    .sort((a, b) => b.balance - a.balance || a.name.localeCompare(b.name, "zh-CN"));
  return { rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all: rows, total: rows.length, page, pageSize: PAGE_SIZE };
}

/** Points credited per activity of the community (what each activity gave, to whom in total). */
export async function listActivityPoints(options: { actor: Actor; limit?: number }) {
  const community = authorize(options.actor, "points.manage");
  const sums = await db().pointsEntry.groupBy({
    by: ["activityId"],
    where: { communityId: community.orgId, activityId: { not: null }, kind: "EARN" },
    _sum: { amount: true },
    _count: { _all: true },
  });
  const activities = await db().activity.findMany({
    where: { id: { in: sums.map((s) => s.activityId!) }, communityId: community.orgId },
    orderBy: { startsAt: "desc" },
    take: options.limit ?? 50,
    select: { id: true, title: true, startsAt: true },
  });
  const byId = new Map(sums.map((s) => [s.activityId, s]));
  return activities.map((a) => ({ ...a, points: byId.get(a.id)?._sum.amount ?? 0, members: byId.get(a.id)?._count._all ?? 0 }));
}
