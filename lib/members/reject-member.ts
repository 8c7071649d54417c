import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type RejectMemberOptions = { actor: Actor; input: { id: string; reason: string } };

/** Rejects with a reason the member sees; they can correct their data and resubmit. */
export async function rejectMember({ actor, input }: RejectMemberOptions) {
  const community = authorize(actor, "roster.verify");
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: input.id, communityId: community.orgId, status: "PENDING" },
      select: { id: true },
    });
    if (!member) throw new NotFoundError();
    await tx.member.update({
      where: { id: member.id },
      data: { status: "REJECTED", rejectReason: input.reason, verifiedAt: null },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "member.reject",
      entityType: "Member",
      entityId: member.id,
      scopeOrgId: community.orgId,
      before: { status: "PENDING" },
      after: { status: "REJECTED", rejectReason: input.reason },
    });
    return { id: member.id };
  });
}
