import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { CancelTransferInput } from "./schema.ts";

export type CancelTransferOptions = { actor: Actor; input: CancelTransferInput };

/** The member withdraws their own open transfer request. */
export async function cancelTransfer({ actor, input }: CancelTransferOptions) {
  const community = authorize(actor, "self.transfer");
  return db().$transaction(async (tx) => {
    const updated = await tx.transferRequest.updateMany({
      where: { id: input.id, status: "PENDING", fromCommunityId: community.orgId, member: { userId: actor.userId } },
      data: { status: "CANCELLED", decidedAt: new Date(), decidedById: actor.userId },
    });
    if (updated.count !== 1) throw new NotFoundError();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "member.transferCancel",
      entityType: "TransferRequest",
      entityId: input.id,
      scopeOrgId: community.orgId,
    });
    return { id: input.id };
  });
}
