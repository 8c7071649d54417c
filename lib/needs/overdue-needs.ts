import type { Actor } from "../auth/actor.ts";
import { db, Prisma, type Tx } from "../db.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { needsScope, scopeSql, type NeedsScope } from "./needs-scope.ts";

/** How many days a need may wait when the community set nothing (CommunitySettings.needOverdueDays). */
export const DEFAULT_OVERDUE_DAYS = 7;
/** the reminder reaches at most this many needs at once, oldest first */
const REMIND_LIMIT = 200;
/** the dashboards list the oldest ones: a street can have hundreds, and the page renders every row */
const LIST_LIMIT = 50;

export type OverdueNeed = {
  id: string;
  communityId: string;
  communityName: string;
  buildingName: string | null;
  unitName: string | null;
  kind: string;
  status: NeedStatus;
  content: string;
  /** when the wait started: receipt (not yet on the board), publishing, or the first claim */
  since: Date;
  days: number;
  limit: number;
};

/**
 * Needs waiting longer than their community's limit (needOverdueDays): not yet triaged, published
 * or dispatched but unclaimed, or claimed but unfinished. Oldest first, at most `limit`.
 */
export async function overdueNeedsIn(tx: Tx, scope: NeedsScope, now: Date, onlyId?: string, limit = REMIND_LIMIT) {
  const rows = await tx.$queryRaw<OverdueNeed[]>`
    SELECT * FROM (
      SELECT n.id::text AS id, n."communityId"::text AS "communityId", c.name AS "communityName", b.name AS "buildingName",
             u.name AS "unitName", n.kind::text AS kind, n.status::text AS status, n.content,
             w.since, floor(extract(epoch FROM ${now}::timestamptz - w.since) / 86400)::int AS days,
             coalesce(s."needOverdueDays", ${DEFAULT_OVERDUE_DAYS})::int AS "limit"
      FROM "Need" n
      JOIN "Organization" c ON c.id = n."communityId"
      LEFT JOIN "Organization" b ON b.id = n."buildingId"
      LEFT JOIN "Organization" u ON u.id = n."unitId"
      LEFT JOIN "CommunitySettings" s ON s."communityId" = n."communityId"
      CROSS JOIN LATERAL (
        SELECT CASE WHEN n.status = 'CLAIMED' THEN n."firstClaimedAt" ELSE coalesce(n."publishedAt", n."createdAt") END AS since
      ) w
      WHERE ${scopeSql(scope)} AND n.status IN ('SUBMITTED', 'PUBLISHED', 'DISPATCHED', 'CLAIMED')
        ${onlyId ? Prisma.sql`AND n.id = ${onlyId}::uuid` : Prisma.empty}
    ) o
    WHERE o.since < ${now}::timestamptz - make_interval(days => o."limit")
    ORDER BY o.since ASC, o.id ASC
    LIMIT ${limit}`;
  return rows;
}

export type ListOverdueNeedsOptions = { actor: Actor; now?: Date };

/** The dashboards' overdue list (secretary: the community; street admin: the street). */
export async function listOverdueNeeds({ actor, now = new Date() }: ListOverdueNeedsOptions) {
  const scope = needsScope(actor);
  const rows = await db().$transaction((tx) => overdueNeedsIn(tx, scope, now, undefined, LIST_LIMIT));
  return { needs: rows, limit: LIST_LIMIT, scope: scope.kind };
}
