import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { localYear } from "../time.ts";
import { needServiceTitle } from "../needs/need-services.ts";

/**
 * Everything a member did in one community: pledges, sign-ups, attendance, and the points
 * ledger with its balance. No authorization here: callers check who may see it. With `since`
 * (a work unit's view: the day its link to the member was confirmed), nothing from before it.
 */
export async function serviceRecordOf(memberId: string, communityId: string, since?: Date) {
  const prisma = db();
  const startsSince = since ? { startsAt: { gte: since } } : {};
  const createdSince = since ? { createdAt: { gte: since } } : {};
  const [pledges, signups, records, entries, needClaims] = await Promise.all([
    prisma.pledge.findMany({
      where: { memberId, communityId, withdrawnAt: null, ...createdSince },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        year: true,
        remark: true,
        availability: true,
        item: { select: { title: true, category: { select: { nameZh: true, nameEn: true } } } },
      },
    }),
    prisma.signup.findMany({
      where: {
        memberId,
        status: { in: ["CONFIRMED", "WAITLISTED"] },
        activity: { communityId, endsAt: { gte: new Date() }, status: "PUBLISHED", ...startsSince },
      },
      orderBy: { activity: { startsAt: "asc" } },
      select: { id: true, status: true, activity: { select: { id: true, title: true, startsAt: true, place: true } } },
    }),
    prisma.activityRecord.findMany({
      where: { memberId, communityId, ...(since ? { activity: startsSince } : {}) },
      orderBy: { activity: { startsAt: "desc" } },
      take: 200,
      select: {
        id: true,
        status: true,
        hours: true,
        points: true,
        walkIn: true,
        checkedInAt: true,
        confirmedAt: true,
        activity: { select: { id: true, title: true, startsAt: true, category: { select: { nameZh: true, nameEn: true } } } },
      },
    }),
    prisma.pointsEntry.findMany({
      where: { memberId, communityId, ...createdSince },
      orderBy: { id: "desc" },
      take: 200,
      select: { id: true, kind: true, amount: true, reason: true, createdAt: true, activityId: true, needClaimId: true },
    }),
    // residents' needs the member helped with, once the resident (or the secretary) confirmed them
    prisma.needClaim.findMany({
      where: { memberId, creditedAt: since ? { gte: since } : { not: null } },
      orderBy: { creditedAt: "desc" },
      take: 200,
      select: {
        id: true,
        hours: true,
        creditedAt: true,
        need: {
          select: { id: true, kind: true, rating: true, category: { select: { nameZh: true, nameEn: true, icon: true } } },
        },
      },
    }),
  ]);
  const balance =
    (await prisma.pointsEntry.aggregate({ where: { memberId, communityId, ...createdSince }, _sum: { amount: true } }))._sum
      .amount ?? 0;
  const confirmed = records.filter((r) => r.status === "CONFIRMED");
  const thisYear = localYear(new Date());
  const needs = needClaims.map((c) => ({
    id: c.id,
    needId: c.need.id,
    kind: c.need.kind,
    category: c.need.category,
    rating: c.need.rating,
    title: needServiceTitle(c.need),
    hours: Number(c.hours),
    confirmedAt: c.creditedAt!,
  }));
  const needTitles = new Map(needs.map((n) => [n.id, n.title]));
  return {
    pledges,
    upcoming: signups,
    records: records.map((r) => ({ ...r, id: r.id.toString(), hours: Number(r.hours) })),
    ledger: entries.map(({ needClaimId, ...e }) => ({
      ...e,
      id: e.id.toString(),
      reason: e.reason ?? (needClaimId ? (needTitles.get(needClaimId) ?? null) : null),
    })),
    needs,
    totals: {
      balance,
      activities: confirmed.length,
      // a confirmed need is a service too (decision 087): its hours count, and it has its own count
      hours: confirmed.reduce((sum, r) => sum + Number(r.hours), 0) + needs.reduce((sum, n) => sum + n.hours, 0),
      activitiesThisYear: confirmed.filter((r) => localYear(r.activity.startsAt) === thisYear).length,
      needs: needs.length,
      needsThisYear: needs.filter((n) => localYear(n.confirmedAt) === thisYear).length,
    },
  };
}

export type GetOwnServiceRecordOptions = { actor: Actor };

/** The signed-in member's own record (我的服务记录) in the community of their active role. */
export async function getOwnServiceRecord({ actor }: GetOwnServiceRecordOptions) {
  const community = authorize(actor, "self.view");
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId },
    orderBy: { reportedAt: "desc" },
    select: { id: true, status: true },
  });
  if (!member) return null;
  return { member, ...(await serviceRecordOf(member.id, community.orgId)) };
}
