import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";

export type RevokeRoleOptions = { actor: Actor; input: { grantId: string } };

/** Removes a grant; its history stays in the audit log. */
export async function revokeRole({ actor, input }: RevokeRoleOptions) {
  const { grantId } = input;
  const street = authorize(actor, "grants.manage");
  if (grantId === street.id) throw new UserFacingError("users.cannotRevokeOwnAdmin");
  return db().$transaction(async (tx) => {
    const grant = await tx.roleGrant.findFirst({
      where: { id: grantId, organization: { streetId: street.orgId } },
      select: { id: true, userId: true, role: true, organizationId: true, createdAt: true },
    });
    if (!grant) throw new NotFoundError();
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "grant.revoke",
      entityType: "RoleGrant",
      entityId: grant.id,
      scopeOrgId: street.orgId,
      before: grant,
    });
    return { id: grant.id };
  });
}
