import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";
import { activePledgeWhere, categorySelect, listUsableCategories } from "./menu-scope.ts";
import { currentYear } from "../time.ts";

export type GetMemberMenuOptions = { actor: Actor };

/**
 * This year's menu as a member of their community sees it: open items by category, whether they
 * pledged each (closed items stay visible only while they hold a pledge), and their proposals.
 * Members not (yet) verified get their status only, nothing of the menu.
 */
export async function getMemberMenu({ actor }: GetMemberMenuOptions) {
  const community = authorize(actor, "self.pledge");
  const communityId = community.orgId;
  const year = currentYear();
  const entry = await db().member.findFirst({
    where: { userId: actor.userId, communityId, status: { not: "MOVED_OUT" } },
    orderBy: [{ reportedAt: "desc" }],
    select: { id: true, status: true, rejectReason: true, availability: true },
  });
  if (!entry || entry.status !== "ACTIVE") {
    const state: "NO_ENTRY" | "PENDING" | "REJECTED" =
      entry?.status === "PENDING" || entry?.status === "REJECTED" ? entry.status : "NO_ENTRY";
    return { state, year, communityName: community.orgName };
  }
  const memberId = entry.id;
  const [items, proposals, categories] = await Promise.all([
    db().serviceItem.findMany({
      where: {
        communityId,
        year,
        OR: [{ status: "OPEN" }, { status: "CLOSED", pledges: { some: { memberId, withdrawnAt: null } } }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        description: true,
        skillsWanted: true,
        typicalTime: true,
        positions: true,
        status: true,
        categoryId: true,
        category: { select: categorySelect },
        pledges: { where: { memberId }, select: { remark: true, availability: true, withdrawnAt: true } },
      },
    }),
    db().serviceItem.findMany({
      where: { communityId, year, proposedByMemberId: memberId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, status: true, declineReason: true, createdAt: true, category: { select: categorySelect } },
    }),
    listUsableCategories(communityId),
  ]);

  const pledgeCounts = countsById(
    await db().pledge.groupBy({
      by: ["itemId"],
      where: { ...activePledgeWhere, itemId: { in: items.map((i) => i.id) } },
      _count: { _all: true },
    }),
    "itemId",
  );
  const rows = items.map(({ pledges, ...item }) => {
    const pledge = pledges[0];
    return {
      ...item,
      pledgeCount: pledgeCounts(item.id),
      /** the member's own pledge, if not withdrawn; a withdrawn one only prefills the form */
      myPledge: pledge && !pledge.withdrawnAt ? { remark: pledge.remark, availability: pledge.availability } : null,
      previousPledge: pledge?.withdrawnAt ? { remark: pledge.remark, availability: pledge.availability } : null,
    };
  });
  type Row = (typeof rows)[number];
  const groups = new Map<string, { category: Row["category"]; items: Row[] }>();
  for (const row of rows) {
    const group = groups.get(row.categoryId) ?? { category: row.category, items: [] };
    group.items.push(row);
    groups.set(row.categoryId, group);
  }
  return {
    state: "ACTIVE" as const,
    year,
    communityName: community.orgName,
    memberId,
    defaultAvailability: entry.availability,
    groups: [...groups.values()].sort((a, b) => a.category.sortOrder - b.category.sortOrder),
    pledgedCount: rows.filter((r) => r.myPledge).length,
    proposals,
    categories,
  };
}
