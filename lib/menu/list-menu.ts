import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";
import { activePledgeWhere, categorySelect, listUsableCategories } from "./menu-scope.ts";

const itemSelect = {
  id: true,
  title: true,
  description: true,
  skillsWanted: true,
  typicalTime: true,
  positions: true,
  status: true,
  categoryId: true,
  copiedFromId: true,
  category: { select: categorySelect },
} as const;

export type ListMenuOptions = { actor: Actor; input: { year: number } };

/**
 * The community's menu of one year for the secretary: open and closed items grouped by category
 * (in category order), members' proposals waiting for a decision, and those declined.
 */
export async function listMenu({ actor, input }: ListMenuOptions) {
  const community = authorize(actor, "menu.manage");
  const communityId = community.orgId;
  const { year } = input;
  const [categories, listed, proposed, declined] = await Promise.all([
    listUsableCategories(communityId),
    db().serviceItem.findMany({
      where: { communityId, year, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: itemSelect,
    }),
    db().serviceItem.findMany({
      where: { communityId, year, status: "PROPOSED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { ...itemSelect, createdAt: true, proposedBy: { select: { id: true, name: true } } },
    }),
    db().serviceItem.findMany({
      where: { communityId, year, status: "DECLINED" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, declineReason: true, updatedAt: true, proposedBy: { select: { id: true, name: true } } },
    }),
  ]);

  const pledgeCounts = countsById(
    await db().pledge.groupBy({
      by: ["itemId"],
      where: { ...activePledgeWhere, itemId: { in: [...listed, ...proposed].map((i) => i.id) } },
      _count: { _all: true },
    }),
    "itemId",
  );
  const withCount = <T extends { id: string }>(item: T) => ({ ...item, _count: { pledges: pledgeCounts(item.id) } });
  const items = listed.map(withCount);
  const proposals = proposed.map(withCount);

  type Item = (typeof items)[number];
  const groups = new Map<string, { category: Item["category"]; items: Item[] }>();
  for (const item of items) {
    const group = groups.get(item.categoryId) ?? { category: item.category, items: [] };
    group.items.push(item);
    groups.set(item.categoryId, group);
  }
  const byCategoryOrder = [...groups.values()].sort(
    (a, b) => a.category.sortOrder - b.category.sortOrder || a.category.nameZh.localeCompare(b.category.nameZh, "zh-CN"),
  );

  return {
    year,
    categories,
    groups: byCategoryOrder,
    counts: {
      items: items.length,
      open: items.filter((i) => i.status === "OPEN").length,
      pledges: items.reduce((sum, i) => sum + i._count.pledges, 0),
    },
    proposals,
    declined,
  };
}
