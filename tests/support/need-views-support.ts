import { db } from "@/lib/db";
import { localYear } from "@/lib/time";
import { categoryIdOf, createBuilding } from "@/prisma/factories";

export { categoryIdOf, createBuilding };

/** A service item of the category this year and the member's pledge on it, with a remark. */
export async function createItemForPledge(communityId: string, categoryId: string, memberId: string, remark: string) {
  const year = localYear(new Date());
  const item = await db().serviceItem.create({ data: { communityId, year, categoryId, title: `服务项目${memberId.slice(-4)}` } });
  return db().pledge.create({ data: { memberId, itemId: item.id, communityId, year, remark, availability: [] } });
}
