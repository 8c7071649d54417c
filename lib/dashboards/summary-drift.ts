// The dashboards' summary rows (MemberServiceMonth) against a recomputation from the attendance
// records: `npm run check:summaries` and the integration test use the same comparison.
import { db, type Db } from "../db.ts";

export type SummaryDrift = {
  communityId: string;
  month: string;
  categoryId: string;
  memberId: string;
  expected: { services: number; tenths: number } | null;
  stored: { services: number; tenths: number } | null;
};

type DriftRow = {
  communityId: string;
  month: string;
  categoryId: string;
  memberId: string;
  expectedServices: number | null;
  expectedTenths: number | null;
  storedServices: number | null;
  storedTenths: number | null;
};

const RECOMPUTED = `
  SELECT a."communityId", service_month(a."startsAt") AS month, a."categoryId", r."memberId",
         count(*)::int AS services, sum((r.hours * 10)::int)::int AS tenths
  FROM "ActivityRecord" r JOIN "Activity" a ON a.id = r."activityId"
  WHERE r.status = 'CONFIRMED'
  GROUP BY 1, 2, 3, 4`;

/** Every summary row that differs from the recomputation (missing, extra or different), at most `limit`. */
export async function findSummaryDrift(client: Db = db(), limit = 1000): Promise<SummaryDrift[]> {
  const rows = await client.$queryRawUnsafe<DriftRow[]>(
    `WITH expected AS (${RECOMPUTED})
     SELECT COALESCE(e."communityId", s."communityId")::text AS "communityId",
            to_char(COALESCE(e.month, s.month), 'YYYY-MM') AS month,
            COALESCE(e."categoryId", s."categoryId")::text AS "categoryId",
            COALESCE(e."memberId", s."memberId")::text AS "memberId",
            e.services AS "expectedServices", e.tenths AS "expectedTenths",
            s.services AS "storedServices", s.tenths AS "storedTenths"
     FROM expected e
     FULL JOIN "MemberServiceMonth" s
       ON s."communityId" = e."communityId" AND s.month = e.month AND s."categoryId" = e."categoryId" AND s."memberId" = e."memberId"
     WHERE e.services IS DISTINCT FROM s.services OR e.tenths IS DISTINCT FROM s.tenths
     ORDER BY 1, 2, 3, 4
     LIMIT $1`,
    limit,
  );
  return rows.map((r) => ({
    communityId: r.communityId,
    month: r.month,
    categoryId: r.categoryId,
    memberId: r.memberId,
    expected: r.expectedServices === null ? null : { services: r.expectedServices, tenths: r.expectedTenths ?? 0 },
    stored: r.storedServices === null ? null : { services: r.storedServices, tenths: r.storedTenths ?? 0 },
  }));
}

/**
 * Replaces every summary row by the recomputation, in one transaction that holds off attendance
 * changes meanwhile (SHARE lock on the records). Returns the number of rows written.
 */
export async function rebuildSummaries(client: Db = db()): Promise<number> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "ActivityRecord", "Activity" IN SHARE MODE`);
      await tx.$executeRawUnsafe(`DELETE FROM "MemberServiceMonth"`);
      return tx.$executeRawUnsafe(
        `INSERT INTO "MemberServiceMonth" ("communityId", month, "categoryId", "memberId", services, tenths) ${RECOMPUTED}`,
      );
    },
    { timeout: 600_000 },
  );
}
