import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

export type RejectWorkUnitOptions = { actor: Actor; input: { id: string; reason: string } };

/**
 * The street turns a self-registered unit down, with the reason its admin will read. The unit's
 * name is free again for the real unit, and suggestions pointing to it are withdrawn.
 */
export async function rejectWorkUnit({ actor, input }: RejectWorkUnitOptions) {
  const street = authorize(actor, "units.verify");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({
      where: { id: input.id, kind: "WORK_UNIT", streetId: street.orgId, archivedAt: null },
      select: { id: true, verifiedAt: true, rejectedAt: true },
    });
    if (!before) throw new NotFoundError();
    if (before.verifiedAt) throw new UserFacingError("trust.unitAlreadyVerified");
    const rejectedAt = new Date();
    await tx.organization.update({ where: { id: before.id }, data: { rejectedAt, rejectReason: input.reason } });
    await tx.member.updateMany({ where: { suggestedUnitId: before.id }, data: { suggestedUnitId: null } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "unit.reject",
      entityType: "Organization",
      entityId: before.id,
      scopeOrgId: street.orgId,
      before: { rejectedAt: before.rejectedAt },
      after: { rejectedAt, rejectReason: input.reason },
    });
    return { id: before.id };
  });
}
