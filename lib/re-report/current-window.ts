import type { Tx } from "../db.ts";

const SELECT = { id: true, opensAt: true, closesAt: true, remindedAt: true, createdAt: true } as const;

/**
 * The window that counts for a community at `now`: the latest one that has opened (open or past),
 * else the next one to open; null when the community never opened one.
 */
export async function currentWindow(tx: Tx, communityId: string, now: Date) {
  const opened = await tx.reReportWindow.findFirst({
    where: { communityId, opensAt: { lte: now } },
    orderBy: { opensAt: "desc" },
    select: SELECT,
  });
  if (opened) return opened;
  return tx.reReportWindow.findFirst({
    where: { communityId, opensAt: { gt: now } },
    orderBy: { opensAt: "asc" },
    select: SELECT,
  });
}

/** The current windows of several communities (a unit's members live in many). */
export async function currentWindows(tx: Tx, communityIds: string[], now: Date) {
  const ids = [...new Set(communityIds)];
  const windows = await Promise.all(ids.map(async (id) => [id, await currentWindow(tx, id, now)] as const));
  return new Map(windows);
}
