import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { hashPassword } from "../auth/password.ts";
import { ROLE_ORG_KIND } from "../auth/permissions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { GrantRoleInput } from "./schema.ts";

export type GrantRoleOptions = { actor: Actor; input: GrantRoleInput };

/**
 * Grants a role on an organization of the admin's street. A person without an account gets one
 * (name and initial password required); an existing account is never changed here.
 */
export async function grantRole({ actor, input }: GrantRoleOptions) {
  const street = authorize(actor, "grants.manage");
  const existing = await db().user.findUnique({ where: { phone: input.phone }, select: { id: true } });
  if (!existing && (!input.name || !input.password)) {
    throw new UserFacingError("errors.checkForm", {
      ...(input.name ? {} : { name: "users.nameForNewAccount" }),
      ...(input.password ? {} : { password: "users.passwordForNewAccount" }),
    });
  }
  const passwordHash = existing ? null : await hashPassword(input.password!);

  return db().$transaction(async (tx) => {
    const org = await tx.organization.findFirst({
      where: { id: input.organizationId, streetId: street.orgId, archivedAt: null, kind: ROLE_ORG_KIND[input.role] },
      select: { id: true },
    });
    if (!org) throw new UserFacingError("errors.checkForm", { organizationId: "users.orgDoesNotFitRole" });

    let userId = existing?.id;
    if (!userId) {
      const user = await tx.user.create({
        data: { phone: input.phone, name: input.name!, passwordHash: passwordHash! },
      });
      userId = user.id;
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        scopeOrgId: street.orgId,
        after: { name: user.name, phone: user.phone },
      });
    }
    const duplicate = await tx.roleGrant.findUnique({
      where: { userId_role_organizationId: { userId, role: input.role, organizationId: org.id } },
      select: { id: true },
    });
    if (duplicate) throw new UserFacingError("users.alreadyGranted");
    const grant = await tx.roleGrant.create({
      data: { userId, role: input.role, organizationId: org.id, grantedById: actor.userId },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "grant.create",
      entityType: "RoleGrant",
      entityId: grant.id,
      scopeOrgId: street.orgId,
      after: { userId, role: grant.role, organizationId: org.id },
    });
    return { id: grant.id, userId };
  });
}
