import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { itemSnapshot } from "./menu-scope.ts";
import { copyableItems } from "./copyable-items.ts";

export type CopyLastYearMenuOptions = { actor: Actor; input: { year: number } };

/**
 * Copies last year's open and closed items into `year` as open items, skipping titles the year
 * already has. Idempotent: a second run (even a concurrent one) copies nothing.
 */
export async function copyLastYearMenu({ actor, input }: CopyLastYearMenuOptions) {
  const community = authorize(actor, "menu.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    // one copy per community and year at a time, so two clicks cannot both copy
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`menu.copyYear:${communityId}:${input.year}`}, 0))`;
    const items = await copyableItems(tx, communityId, input.year);
    const created = [];
    for (const item of items) {
      created.push(
        await tx.serviceItem.create({
          data: {
            communityId,
            year: input.year,
            categoryId: item.categoryId,
            title: item.title,
            description: item.description,
            skillsWanted: item.skillsWanted,
            typicalTime: item.typicalTime,
            positions: item.positions,
            status: "OPEN",
            copiedFromId: item.id,
          },
        }),
      );
    }
    if (created.length) {
      await tx.auditEvent.createMany({
        data: created.map((item) => ({
          actorId: actor.userId,
          action: "menu.copyYear",
          entityType: "ServiceItem",
          entityId: item.id,
          scopeOrgId: communityId,
          after: { ...itemSnapshot(item), copiedFromId: item.copiedFromId },
        })),
      });
    }
    return { copied: created.length };
  });
}
