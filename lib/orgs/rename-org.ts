import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { orgSnapshot } from "./tree-rules.ts";

export type RenameOrgOptions = { actor: Actor; input: { id: string; name: string } };

export async function renameOrg({ actor, input }: RenameOrgOptions) {
  const { id, name } = input;
  const street = authorize(actor, "orgs.manage");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id, streetId: street.orgId } });
    if (!before) throw new NotFoundError();
    if (before.name === name) return { id };
    const sibling = await tx.organization.findFirst({
      where: { parentId: before.parentId, kind: before.kind, streetId: street.orgId, name, archivedAt: null, id: { not: id } },
      select: { id: true },
    });
    if (sibling) throw new UserFacingError("errors.checkForm", { name: "orgs.duplicateName" });
    const after = await tx.organization.update({ where: { id }, data: { name } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "org.rename",
      entityType: "Organization",
      entityId: id,
      scopeOrgId: street.orgId,
      before: orgSnapshot(before),
      after: orgSnapshot(after),
    });
    return { id };
  });
}
