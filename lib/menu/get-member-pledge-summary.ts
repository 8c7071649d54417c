import { db } from "../db.ts";
import { categorySelect } from "./menu-scope.ts";

/**
 * A member's pledges (not withdrawn) in a year: item title, category and remark. No authorization
 * here: for code that has already authorized the caller and scoped `communityId` to its tenant.
 */
export async function getMemberPledgeSummary(options: { memberId: string; communityId: string; year: number }) {
  const pledges = await db().pledge.findMany({
    where: {
      memberId: options.memberId,
      communityId: options.communityId,
      year: options.year,
      withdrawnAt: null,
      item: { communityId: options.communityId },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      remark: true,
      availability: true,
      createdAt: true,
      item: { select: { id: true, title: true, status: true, category: { select: categorySelect } } },
    },
  });
  return pledges.map((p) => ({
    itemId: p.item.id,
    title: p.item.title,
    itemStatus: p.item.status,
    category: p.item.category,
    remark: p.remark,
    availability: p.availability,
    pledgedAt: p.createdAt,
  }));
}

/** The categories of a member's pledges (not withdrawn) in a year, each once. No authorization here. */
export async function getPledgedCategoryIds(options: { memberId: string; year: number }): Promise<string[]> {
  const items = await db().serviceItem.findMany({
    where: { pledges: { some: { memberId: options.memberId, year: options.year, withdrawnAt: null } } },
    select: { categoryId: true },
    distinct: ["categoryId"],
  });
  return items.map((i) => i.categoryId).sort();
}
