import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { itemSnapshot, requireUsableCategory } from "./menu-scope.ts";
import type { ServiceItemInput } from "./schema.ts";

/** Two menu items of one community and year may not share a title (copying relies on it). */
async function refuseTakenTitle(tx: Tx, where: { communityId: string; year: number; title: string; notId?: string }) {
  const taken = await tx.serviceItem.findFirst({
    where: {
      communityId: where.communityId,
      year: where.year,
      title: { equals: where.title, mode: "insensitive" },
      status: { in: ["OPEN", "CLOSED"] },
      ...(where.notId ? { id: { not: where.notId } } : {}),
    },
    select: { id: true },
  });
  if (taken) throw new UserFacingError("errors.checkForm", { title: "menu.titleTaken" });
}

export type SaveServiceItemOptions = { actor: Actor; input: ServiceItemInput };

/**
 * The secretary adds an item to the community's menu of a year (open at once), or edits an open
 * or closed item; the year of an existing item never changes.
 */
export async function saveServiceItem({ actor, input }: SaveServiceItemOptions) {
  const community = authorize(actor, "menu.manage");
  const communityId = community.orgId;
  const fields = {
    categoryId: input.categoryId,
    title: input.title,
    description: input.description ?? null,
    skillsWanted: input.skillsWanted,
    typicalTime: input.typicalTime ?? null,
    positions: input.positions ?? null,
  };
  return db().$transaction(async (tx) => {
    if (input.id) {
      const before = await tx.serviceItem.findFirst({ where: { id: input.id, communityId, status: { in: ["OPEN", "CLOSED"] } } });
      if (!before) throw new NotFoundError();
      await requireUsableCategory(tx, communityId, input.categoryId);
      await refuseTakenTitle(tx, { communityId, year: before.year, title: input.title, notId: before.id });
      const after = await tx.serviceItem.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "menu.updateItem",
        entityType: "ServiceItem",
        entityId: after.id,
        scopeOrgId: communityId,
        before: itemSnapshot(before),
        after: itemSnapshot(after),
      });
      return { id: after.id, year: after.year, created: false };
    }
    await requireUsableCategory(tx, communityId, input.categoryId);
    await refuseTakenTitle(tx, { communityId, year: input.year, title: input.title });
    const item = await tx.serviceItem.create({ data: { ...fields, communityId, year: input.year, status: "OPEN" } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "menu.createItem",
      entityType: "ServiceItem",
      entityId: item.id,
      scopeOrgId: communityId,
      after: itemSnapshot(item),
    });
    return { id: item.id, year: item.year, created: true };
  });
}
