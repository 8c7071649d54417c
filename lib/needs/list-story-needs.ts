import "server-only";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

/** Confirmed needs of the secretary's community, newest first, with their story if written (for 微故事). */
export async function listStoryNeeds({ actor }: { actor: Actor }) {
  const community = authorize(actor, "needs.manage");
  const rows = await db().need.findMany({
    where: { communityId: community.orgId, status: "CONFIRMED" },
    orderBy: { confirmedAt: "desc" },
    take: 30,
    select: {
      id: true,
      kind: true,
      content: true,
      confirmedAt: true,
      rating: true,
      storyTitle: true,
      storyBody: true,
      storyPublishedAt: true,
      building: { select: { name: true } },
      category: { select: { nameZh: true, nameEn: true } },
    },
  });
  return rows.map((r) => ({ ...r, building: r.building?.name ?? null }));
}
