import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { CHILD_KIND, orgSnapshot } from "./tree-rules.ts";

export type CreateOrgOptions = { actor: Actor; input: { parentId: string; name: string } };

/** Adds a community under the street, a grid under a community, or a building under a grid. */
export async function createOrg({ actor, input }: CreateOrgOptions) {
  const { parentId, name } = input;
  const street = authorize(actor, "orgs.manage");
  return db().$transaction(async (tx) => {
    const parent = await tx.organization.findFirst({
      where: { id: parentId, streetId: street.orgId, archivedAt: null, kind: { in: ["STREET", "COMMUNITY", "GRID"] } },
    });
    const kind = parent && CHILD_KIND[parent.kind];
    if (!parent || !kind) throw new NotFoundError();
    const sibling = await tx.organization.findFirst({ where: { parentId, name, archivedAt: null }, select: { id: true } });
    if (sibling) throw new UserFacingError("errors.checkForm", { name: "orgs.duplicateName" });

    const created = await tx.organization.create({
      data: { kind, name, parentId, streetId: parent.streetId, communityId: parent.communityId },
    });
    const org =
      kind === "COMMUNITY"
        ? await tx.organization.update({ where: { id: created.id }, data: { communityId: created.id } })
        : created;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "org.create",
      entityType: "Organization",
      entityId: org.id,
      scopeOrgId: street.orgId,
      after: orgSnapshot(org),
    });
    return { id: org.id };
  });
}
