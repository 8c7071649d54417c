import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Tx } from "../db.ts";
import { itemSnapshot } from "./menu-scope.ts";

const normalize = (title: string) => title.trim().toLocaleLowerCase("zh-CN");

/** The titles of year − 1 (open or closed) not yet on the menu of `year`. */
async function copyableItems(tx: Tx, communityId: string, year: number) {
  const [previous, existing] = await Promise.all([
    tx.serviceItem.findMany({
      where: { communityId, year: year - 1, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    tx.serviceItem.findMany({
      where: { communityId, year, status: { in: ["OPEN", "CLOSED", "PROPOSED"] } },
      select: { title: true },
    }),
  ]);
  const taken = new Set(existing.map((i) => normalize(i.title)));
  return previous.filter((item) => {
    const key = normalize(item.title);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
}

export type CountCopyableItemsOptions = { actor: Actor; input: { year: number } };

/** How many items "copy last year's menu" would add now (0 hides the button). */
export async function countCopyableItems({ actor, input }: CountCopyableItemsOptions) {
  const community = authorize(actor, "menu.manage");
  return (await copyableItems(db(), community.orgId, input.year)).length;
}

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
