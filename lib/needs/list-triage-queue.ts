import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma } from "../db.ts";
import { OPEN_NEED_STATUSES } from "./need-status.ts";
import { bigrams, diceOf, DUPLICATE_THRESHOLD } from "./need-matching.ts";
import { QUEUE_TABS, TAB_STATUSES, type QueueQuery } from "./queue-schema.ts";

export const QUEUE_PAGE_SIZE = 50;

export type ListTriageQueueOptions = { actor: Actor; input: QueueQuery };

/**
 * The secretary's triage queue (社区派单): one page of the community's needs of a tab (waiting
 * first, oldest first, so age drives the work), filtered by kind, category, building and a search
 * over the text, the resident's name or phone; the count per tab; and for the open needs of the
 * page, the open needs of the same building with a similar text (suggested duplicates).
 */
export async function listTriageQueue({ actor, input }: ListTriageQueueOptions) {
  const community = authorize(actor, "needs.manage");
  const statuses = TAB_STATUSES[input.tab];
  const digits = input.q && /^\d{3,11}$/.test(input.q);
  const filters: Prisma.NeedWhereInput = {
    communityId: community.orgId,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.buildingId ? { buildingId: input.buildingId } : {}),
    ...(input.q
      ? {
          OR: [
            { content: { contains: input.q, mode: "insensitive" as const } },
            { residentName: { contains: input.q } },
            ...(digits ? [{ residentPhone: { contains: input.q } }] : []),
          ],
        }
      : {}),
  };
  const where: Prisma.NeedWhereInput = { ...filters, ...(statuses ? { status: { in: statuses } } : {}) };
  const oldestFirst = input.tab !== "closed" && input.tab !== "all";
  const prisma = db();
  const [rows, total, byStatus] = await Promise.all([
    prisma.need.findMany({
      where,
      orderBy: [{ createdAt: oldestFirst ? "asc" : "desc" }, { id: "asc" }],
      skip: (input.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        status: true,
        content: true,
        wantedWhen: true,
        source: true,
        createdAt: true,
        publishedAt: true,
        places: true,
        claimedCount: true,
        buildingId: true,
        building: { select: { name: true } },
        category: { select: { nameZh: true, nameEn: true, icon: true } },
        unit: { select: { name: true } },
      },
    }),
    prisma.need.count({ where }),
    prisma.need.groupBy({ by: ["status"], where: filters, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(
    QUEUE_TABS.map((tab) => {
      const s = TAB_STATUSES[tab];
      return [tab, byStatus.filter((g) => !s || s.includes(g.status)).reduce((n, g) => n + g._count._all, 0)];
    }),
  ) as Record<(typeof QUEUE_TABS)[number], number>;
  const duplicates = await suggestDuplicates(
    community.orgId,
    rows.filter((r) => (OPEN_NEED_STATUSES as readonly string[]).includes(r.status)),
  );
  return {
    rows: rows.map((r) => ({ ...r, duplicates: duplicates.get(r.id) ?? [] })),
    total,
    page: input.page,
    pageSize: QUEUE_PAGE_SIZE,
    counts,
  };
}

/**
 * For each given need: other open needs of the same building whose text is similar (at most 3,
 * most similar first). One query for the buildings of the page.
 */
export async function suggestDuplicates(
  communityId: string,
  needs: { id: string; buildingId: string | null; content: string }[],
): Promise<Map<string, { id: string; content: string; score: number }[]>> {
  const buildingIds = [...new Set(needs.map((n) => n.buildingId).filter((id): id is string => !!id))];
  const result = new Map<string, { id: string; content: string; score: number }[]>();
  if (!buildingIds.length) return result;
  const others = await db().need.findMany({
    where: { communityId, buildingId: { in: buildingIds }, status: { in: [...OPEN_NEED_STATUSES] } },
    select: { id: true, buildingId: true, content: true },
    orderBy: { createdAt: "desc" },
    take: 3000,
  });
  const grams = new Map(others.map((o) => [o.id, bigrams(o.content)]));
  for (const need of needs) {
    if (!need.buildingId) continue;
    const mine = bigrams(need.content);
    const similar = others
      .filter((o) => o.id !== need.id && o.buildingId === need.buildingId)
      .map((o) => ({ id: o.id, content: o.content, score: diceOf(mine, grams.get(o.id)!) }))
      .filter((o) => o.score >= DUPLICATE_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    if (similar.length) result.set(need.id, similar);
  }
  return result;
}
