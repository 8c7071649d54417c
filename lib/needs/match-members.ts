import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { localYear } from "../time.ts";
import { rankMembers, type MatchReason } from "./need-matching.ts";

export type MatchMembersOptions = { actor: Actor; input: { needId: string; limit?: number }; now?: Date };

export type MemberMatch = {
  id: string;
  name: string;
  building: string | null;
  hasAccount: boolean;
  score: number;
  reasons: MatchReason[];
  /** already holds a claim on this need */
  claimed: boolean;
};

const DAY = 86_400_000;

/**
 * Matching (decision 087): the community's verified members ranked by fit for a need, each with
 * the reasons. Members without an account cannot be notified or claim on the board; they are
 * listed after the others.
 */
export async function matchMembers({ actor, input, now = new Date() }: MatchMembersOptions): Promise<MemberMatch[]> {
  const community = authorize(actor, "needs.manage");
  const prisma = db();
  const need = await prisma.need.findFirst({
    where: { id: input.needId, communityId: community.orgId },
    select: { id: true, categoryId: true, content: true, wantedWhen: true, buildingId: true, gridId: true },
  });
  if (!need) throw new NotFoundError();
  const year = localYear(now);
  const [members, active, recent, holding] = await Promise.all([
    prisma.member.findMany({
      where: { communityId: community.orgId, status: "ACTIVE" },
      select: {
        id: true,
        name: true,
        userId: true,
        buildingId: true,
        gridId: true,
        skills: true,
        availability: true,
        building: { select: { name: true } },
        pledges: {
          where: { year, withdrawnAt: null },
          select: { remark: true, item: { select: { categoryId: true, category: { select: { nameZh: true } } } } },
        },
      },
    }),
    prisma.needClaim.groupBy({
      by: ["memberId"],
      where: { communityId: community.orgId, status: "ACTIVE" },
      _count: { _all: true },
    }),
    prisma.needClaim.groupBy({
      by: ["memberId"],
      where: { communityId: community.orgId, claimedAt: { gte: new Date(now.getTime() - 30 * DAY) } },
      _count: { _all: true },
    }),
    prisma.needClaim.findMany({ where: { needId: need.id, status: { not: "RETURNED" } }, select: { memberId: true } }),
  ]);
  const activeBy = new Map(active.map((g) => [g.memberId, g._count._all]));
  const recentBy = new Map(recent.map((g) => [g.memberId, g._count._all]));
  const held = new Set(holding.map((h) => h.memberId));
  const ranked = rankMembers(
    need,
    members.map((m) => ({
      ...m,
      pledges: m.pledges.map((p) => ({ categoryId: p.item.categoryId, categoryName: p.item.category.nameZh, remark: p.remark })),
      activeClaims: activeBy.get(m.id) ?? 0,
      recentClaims: recentBy.get(m.id) ?? 0,
    })),
  );
  ranked.sort((a, b) => Number(!!b.member.userId) - Number(!!a.member.userId));
  return ranked.slice(0, input.limit ?? 20).map((r) => ({
    id: r.member.id,
    name: r.member.name,
    building: r.member.building?.name ?? null,
    hasAccount: !!r.member.userId,
    score: r.score,
    reasons: r.reasons,
    claimed: held.has(r.member.id),
  }));
}
