// A confirmed need counts as a service (decision 087): in the member's record, the letters' service
// count and their list of services. A claim counts once its claimant was credited (creditedAt, set
// when the need was confirmed), in the Beijing calendar year of that moment.
import type { Prisma, Tx } from "../db.ts";
import { yearRange } from "../time.ts";

/** Credited claims of the members matching `member` (a letters' roster rule, say) in a year. */
export function creditedClaimWhere(year: number, member: Prisma.MemberWhereInput): Prisma.NeedClaimWhereInput {
  const { start, end } = yearRange(year);
  return { creditedAt: { gte: start, lt: end }, member };
}

/** How one confirmed need reads as a service line, without anything of the resident. */
export function needServiceTitle(need: { kind: string; category: { nameZh: string } }): string {
  const kind = need.kind === "WISH" ? "微心愿" : need.kind === "PROBLEM" ? "问题反映" : "服务需求";
  return `帮办群众${kind}（${need.category.nameZh}）`;
}

/** Credited claims per member in a year (the letters' count adds them to confirmed attendance). */
export async function creditedClaimCounts(client: Tx, year: number, member: Prisma.MemberWhereInput) {
  const groups = await client.needClaim.groupBy({
    by: ["memberId"],
    where: creditedClaimWhere(year, member),
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.memberId, g._count._all]));
}
