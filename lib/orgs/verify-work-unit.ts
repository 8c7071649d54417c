import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { suggestLinksToUnit } from "../members/unit-link-suggestions.ts";

export type VerifyWorkUnitOptions = { actor: Actor; input: { id: string } };

/**
 * The street vouches for a self-registered work unit: its admin's rights start now, and members
 * who typed its name get it as a suggested link for their secretary (or themselves) to confirm.
 */
export async function verifyWorkUnit({ actor, input }: VerifyWorkUnitOptions) {
  const street = authorize(actor, "units.verify");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({
      where: { id: input.id, kind: "WORK_UNIT", streetId: street.orgId, archivedAt: null },
      select: { id: true, name: true, streetId: true, verifiedAt: true, rejectedAt: true },
    });
    if (!before) throw new NotFoundError();
    if (before.verifiedAt) throw new UserFacingError("trust.unitAlreadyVerified");
    const verifiedAt = new Date();
    await tx.organization.update({
      where: { id: before.id },
      data: { verifiedAt, verifiedById: actor.userId, rejectedAt: null, rejectReason: null },
    });
    const suggested = await suggestLinksToUnit(tx, before);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "unit.verify",
      entityType: "Organization",
      entityId: before.id,
      scopeOrgId: street.orgId,
      before: { verifiedAt: null, rejectedAt: before.rejectedAt },
      after: { verifiedAt, suggestedLinks: suggested },
    });
    return { id: before.id, suggested };
  });
}
