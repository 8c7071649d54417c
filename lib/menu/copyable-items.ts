import { type Tx } from "../db.ts";

export const normalize = (title: string) => title.trim().toLocaleLowerCase("zh-CN");

/** The titles of year − 1 (open or closed) not yet on the menu of `year`. */
export async function copyableItems(tx: Tx, communityId: string, year: number) {
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
