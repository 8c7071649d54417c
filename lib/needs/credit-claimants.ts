import type { Tx } from "../db.ts";
import { Prisma } from "../db.ts";

export type Credit = { claimId: string; memberId: string; userId: string | null; points: number; hours: number };

/** Points and hours per claimant: the community's rule for the category, else its default points and 1 hour. */
export async function needCredit(tx: Tx, need: { communityId: string; categoryId: string }) {
  const [rule, settings] = await Promise.all([
    tx.needPointsRule.findUnique({
      where: { communityId_categoryId: { communityId: need.communityId, categoryId: need.categoryId } },
    }),
    tx.communitySettings.findUnique({ where: { communityId: need.communityId }, select: { needDefaultPoints: true } }),
  ]);
  return {
    points: rule?.points ?? settings?.needDefaultPoints ?? 5,
    hours: rule ? Number(rule.hours) : 1,
  };
}

/**
 * Credits every ACTIVE or DONE claimant of a need exactly once through the points ledger: one EARN
 * entry per claim, carrying `needClaimId` (unique), so a second call credits nobody again. Call
 * under the need's row lock. Returns the claimants credited by this call.
 */
export async function creditClaimants(
  tx: Tx,
  need: { id: string; communityId: string; categoryId: string },
  options: { actorId: string | null; now: Date },
): Promise<Credit[]> {
  const { points, hours } = await needCredit(tx, need);
  const claims = await tx.needClaim.findMany({
    where: { needId: need.id, status: { in: ["ACTIVE", "DONE"] }, creditedAt: null },
    select: { id: true, memberId: true, member: { select: { userId: true } } },
    orderBy: { claimedAt: "asc" },
  });
  const credited: Credit[] = [];
  for (const claim of claims) {
    // ON CONFLICT: the unique needClaimId is the last word, even if a caller forgot the row lock
    const inserted = await tx.$executeRaw`
      INSERT INTO "PointsEntry" ("memberId", "communityId", kind, amount, "needClaimId", reason, "actorId", "createdAt")
      VALUES (${claim.memberId}::uuid, ${need.communityId}::uuid, 'EARN', ${points}, ${claim.id}::uuid, NULL, ${options.actorId}::uuid, ${options.now})
      ON CONFLICT ("needClaimId") DO NOTHING`;
    await tx.needClaim.update({
      where: { id: claim.id },
      data: { creditedAt: options.now, hours: new Prisma.Decimal(hours) },
    });
    if (inserted === 1)
      credited.push({ claimId: claim.id, memberId: claim.memberId, userId: claim.member.userId, points, hours });
  }
  return credited;
}
