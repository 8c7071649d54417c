import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

/** A member's balance is the sum of their ledger entries: never stored anywhere else. */
export async function pointsBalance(memberId: string, tx: Tx = db()): Promise<number> {
  const result = await tx.pointsEntry.aggregate({ where: { memberId }, _sum: { amount: true } });
  return result._sum.amount ?? 0;
}

/**
 * Serializes ledger writes for one member (redemptions and adjustments read the balance first),
 * so concurrent spending can never take a balance below zero.
 */
export async function lockMemberLedger(tx: Tx, memberId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`points:${memberId}`}, 0))`;
}

export type AdjustPointsOptions = { actor: Actor; input: { memberId: string; amount: number; reason: string } };

/** A secretary's correction: a new entry with a reason, never an edit. */
export async function adjustPoints({ actor, input }: AdjustPointsOptions) {
  const community = authorize(actor, "points.manage");
  if (!Number.isInteger(input.amount) || input.amount === 0)
    throw new UserFacingError("errors.checkForm", { amount: "points.amountNotZero" });
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: input.memberId, communityId: community.orgId },
      select: { id: true },
    });
    if (!member) throw new NotFoundError();
    await lockMemberLedger(tx, member.id);
    const balance = await pointsBalance(member.id, tx);
    if (balance + input.amount < 0) throw new UserFacingError("errors.checkForm", { amount: "points.wouldGoNegative" });
    const entry = await tx.pointsEntry.create({
      data: {
        memberId: member.id,
        communityId: community.orgId,
        kind: "ADJUST",
        amount: input.amount,
        reason: input.reason,
        actorId: actor.userId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "points.adjust",
      entityType: "Member",
      entityId: member.id,
      scopeOrgId: community.orgId,
      after: { amount: input.amount, reason: input.reason, balance: balance + input.amount },
    });
    return { entryId: entry.id, balance: balance + input.amount };
  });
}
