import "server-only";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { NeedKind, NeedStatus } from "../generated/prisma/enums.ts";

/** Open needs on the wall: published ones (the secretary has read them) until they are confirmed. */
const WALL_OPEN: NeedStatus[] = ["PUBLISHED", "DISPATCHED", "CLAIMED", "DONE"];
const WALL_SIZE = 30;

export type WallNeed = {
  id: string;
  kind: NeedKind;
  status: NeedStatus;
  category: { nameZh: string; nameEn: string };
  building: string | null;
  content: string;
  at: Date;
};
export type WallStory = { id: string; title: string; body: string; building: string | null; at: Date };

const wallSelect = {
  id: true,
  kind: true,
  status: true,
  content: true,
  publishedAt: true,
  confirmedAt: true,
  createdAt: true,
  category: { select: { nameZh: true, nameEn: true } },
  building: { select: { name: true } },
} as const;

/** What is shown of a need in public: building-level place, kind, category and what is needed; no name, phone or room. */
function toWall(n: {
  id: string;
  kind: NeedKind;
  status: NeedStatus;
  content: string;
  publishedAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Date;
  category: { nameZh: string; nameEn: string };
  building: { name: string } | null;
}): WallNeed {
  return {
    id: n.id,
    kind: n.kind,
    status: n.status,
    category: n.category,
    building: n.building?.name ?? null,
    content: n.content.length > 120 ? `${n.content.slice(0, 120)}…` : n.content,
    at: n.confirmedAt ?? n.publishedAt ?? n.createdAt,
  };
}

/** The stories (微故事) of a community, newest first; a year narrows to stories published in it. */
export async function listNeedStories({ input }: { input: { communityId: string; from?: Date; to?: Date; take?: number } }) {
  const rows = await db().need.findMany({
    where: {
      communityId: input.communityId,
      status: "CONFIRMED",
      storyPublishedAt: { not: null, ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: input.to } : {}) },
      storyTitle: { not: null },
      storyBody: { not: null },
    },
    orderBy: { storyPublishedAt: "desc" },
    take: input.take ?? 12,
    select: { id: true, storyTitle: true, storyBody: true, storyPublishedAt: true, building: { select: { name: true } } },
  });
  return rows.map((r): WallStory => ({
    id: r.id,
    title: r.storyTitle!,
    body: r.storyBody!,
    building: r.building?.name ?? null,
    at: r.storyPublishedAt!,
  }));
}

/**
 * 心愿墙: a community's public wall of anonymized needs, open ones (published, not yet confirmed)
 * and completed ones, with the stories. Needs nobody has triaged, or that were turned down, are not
 * on it. An unknown community is "not found".
 */
export async function listNeedWall({ input }: { input: { communityId: string } }) {
  const community = await db().organization.findFirst({
    where: { id: input.communityId, kind: "COMMUNITY", archivedAt: null, streetId: { not: null } },
    select: { id: true, name: true },
  });
  if (!community) throw new NotFoundError();
  const [open, completed, stories, counts] = await Promise.all([
    db().need.findMany({
      where: { communityId: community.id, status: { in: WALL_OPEN } },
      orderBy: { publishedAt: "desc" },
      take: WALL_SIZE,
      select: wallSelect,
    }),
    db().need.findMany({
      where: { communityId: community.id, status: "CONFIRMED" },
      orderBy: { confirmedAt: "desc" },
      take: WALL_SIZE,
      select: wallSelect,
    }),
    listNeedStories({ input: { communityId: community.id } }),
    db().need.groupBy({
      by: ["status"],
      where: { communityId: community.id, status: { in: [...WALL_OPEN, "CONFIRMED"] } },
      _count: { _all: true },
    }),
  ]);
  const completedCount = counts.find((c) => c.status === "CONFIRMED")?._count._all ?? 0;
  const openCount = counts.filter((c) => c.status !== "CONFIRMED").reduce((sum, c) => sum + c._count._all, 0);
  return {
    community,
    open: open.map(toWall),
    completed: completed.map(toWall),
    stories,
    openCount,
    completedCount,
  };
}
