import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { MOVABLE_UNDER, orgSnapshot } from "./tree-rules.ts";

export type MoveOrgOptions = { actor: Actor; input: { id: string; parentId: string } };

/**
 * Moves a grid to another community, or a building to another grid. The denormalized
 * community of the moved subtree and of the members living there follows in the same transaction.
 */
export async function moveOrg({ actor, input }: MoveOrgOptions) {
  const { id, parentId } = input;
  const street = authorize(actor, "orgs.manage");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id, streetId: street.orgId, archivedAt: null } });
    const parentKind = before && MOVABLE_UNDER[before.kind];
    if (!before || !parentKind) throw new NotFoundError();
    const parent = await tx.organization.findFirst({
      where: { id: parentId, kind: parentKind, streetId: street.orgId, archivedAt: null },
    });
    if (!parent) throw new UserFacingError("errors.checkForm", { parentId: "orgs.badParent" });
    if (parent.id === before.parentId) return { id };

    const communityId = parent.communityId!;
    const after = await tx.organization.update({ where: { id }, data: { parentId, communityId } });
    if (before.kind === "GRID") {
      await tx.organization.updateMany({ where: { parentId: id }, data: { communityId } });
      await tx.member.updateMany({ where: { gridId: id }, data: { communityId } });
    } else {
      await tx.member.updateMany({ where: { buildingId: id }, data: { communityId, gridId: parentId } });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "org.move",
      entityType: "Organization",
      entityId: id,
      scopeOrgId: street.orgId,
      before: orgSnapshot(before),
      after: orgSnapshot(after),
    });
    return { id };
  });
}
