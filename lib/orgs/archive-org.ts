import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { orgSnapshot } from "./tree-rules.ts";

export type SetOrgArchivedOptions = { actor: Actor; input: { id: string; archived: boolean } };

/**
 * Archiving hides an organization from new work but keeps it and everything that points to it.
 * A parent is archived only after its children, so nothing active hangs under an archived node.
 */
export async function setOrgArchived({ actor, input }: SetOrgArchivedOptions) {
  const { id, archived } = input;
  const street = authorize(actor, "orgs.manage");
  if (id === street.orgId) throw new UserFacingError("orgs.cannotArchiveStreet");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id, streetId: street.orgId } });
    if (!before) throw new NotFoundError();
    if (archived === !!before.archivedAt) return { id };
    if (archived) {
      const activeChild = await tx.organization.findFirst({ where: { parentId: id, archivedAt: null }, select: { id: true } });
      if (activeChild) throw new UserFacingError("orgs.archiveChildrenFirst");
    } else if (before.parentId) {
      const parent = await tx.organization.findFirst({ where: { id: before.parentId, archivedAt: null }, select: { id: true } });
      if (!parent) throw new UserFacingError("orgs.restoreParentFirst");
    }
    const after = await tx.organization.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: archived ? "org.archive" : "org.restore",
      entityType: "Organization",
      entityId: id,
      scopeOrgId: street.orgId,
      before: orgSnapshot(before),
      after: orgSnapshot(after),
    });
    return { id };
  });
}
