import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, onReadReplica } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { yearRange } from "../time.ts";
import { summaryMonths } from "../dashboards/aggregates.ts";
import { cachedFigures, unitMembersStamp } from "../dashboards/figures-cache.ts";
import { linkedFrom, linkedMonth } from "./unit-member-sql.ts";

/** Figures for one month or one category: confirmed records (人次), distinct members, hours. */
export type ServiceFigures = { records: number; members: number; hours: number };

type CountRow = { communityId: string; name: string; status: string; n: number };
type AggregateRow = {
  byMonth: boolean;
  byCategory: boolean;
  byCommunity: boolean;
  month: number | null;
  categoryId: string | null;
  communityId: string | null;
  /** confirmed records in the year */
  records: number;
  hours: number;
  /** distinct members with a confirmed record in the year */
  members: number;
  /** distinct ACTIVE members with a confirmed record in any year */
  servedActive: number;
};

const ZERO: ServiceFigures = { records: 0, members: 0, hours: 0 };

/** Hours are DECIMAL(5,1) summed exactly in SQL; keep one decimal when they reach JavaScript. */
const hours1 = (n: number) => Math.round(n * 10) / 10;

export type GetUnitDashboardOptions = { actor: Actor; input: { year: number } };

/**
 * The work unit's dashboard for one Beijing calendar year: its members wherever they live (roster
 * entries whose employer is the unit), how many reported, were verified, served in the year or
 * never served, and their confirmed service by month and by category.
 *
 * Set-based whatever the unit's size: one count of roster entries per community and status, and
 * one pass over the unit's members' summary rows (MemberServiceMonth, all years, for "never
 * served"), first folded per member, month and category, then summed with grouping sets per
 * month, category, community and in all.
 */
async function readGetUnitDashboard({ actor, input }: GetUnitDashboardOptions) {
  const unitId = authorize(actor, "unit.view").orgId;
  const stamp = await unitMembersStamp(unitId);
  // kept while the stamp of the communities its members live in is unchanged (decision 089)
  return cachedFigures(`unit:${unitId}:${input.year}`, stamp, new Date(), async () => ({
    value: await computeUnitDashboard(unitId, input.year),
  }));
}

async function computeUnitDashboard(unitId: string, year: number) {
  const prisma = db();
  const inYear = summaryMonths(yearRange(year));

  const [unit, counts, aggregates] = await Promise.all([
    prisma.organization.findFirst({
      where: { id: unitId, kind: "WORK_UNIT" },
      select: { id: true, name: true, partyBranchName: true, contactName: true, address: true, inArea: true },
    }),
    prisma.$queryRaw<CountRow[]>`
      SELECT m."communityId"::text AS "communityId", c.name, m.status::text AS status, count(*)::int AS n
      FROM "Member" m JOIN "Organization" c ON c.id = m."communityId"
      WHERE m."employerUnitId" = ${unitId}::uuid
      GROUP BY m."communityId", c.name, m.status`,
    prisma.$queryRaw<AggregateRow[]>`
      SELECT GROUPING(y.month) = 0 AS "byMonth", GROUPING(y."categoryId") = 0 AS "byCategory", GROUPING(y."communityId") = 0 AS "byCommunity",
             y.month, y."categoryId"::text AS "categoryId", y."communityId"::text AS "communityId",
             coalesce(sum(y.records), 0)::int AS records,
             coalesce(sum(y.hours), 0)::float8 AS hours,
             count(DISTINCT y."memberId") FILTER (WHERE y.month IS NOT NULL)::int AS members,
             count(DISTINCT y."memberId") FILTER (WHERE y.status = 'ACTIVE')::int AS "servedActive"
      FROM (
        SELECT s."memberId", m."communityId", m.status, x.month, x."categoryId",
               sum(s.services) FILTER (WHERE x.month IS NOT NULL) AS records,
               sum(s.tenths) FILTER (WHERE x.month IS NOT NULL) / 10.0 AS hours
        FROM (
          -- the unit sees a member from the day the link was confirmed: whole months after it from
          -- the summary, the month of the link from the records themselves (docs/decisions/060)
          SELECT ms."memberId", ms.month, ms."categoryId", ms.services, ms.tenths
          FROM "MemberServiceMonth" ms JOIN "Member" ml ON ml.id = ms."memberId"
          WHERE ml."employerUnitId" = ${unitId}::uuid AND ms.month > ${linkedMonth("ml")}
          UNION ALL
          SELECT r."memberId", ${linkedMonth("ml")}, a."categoryId", 1, round(r.hours * 10)::int
          FROM "ActivityRecord" r
          JOIN "Activity" a ON a.id = r."activityId"
          JOIN "Member" ml ON ml.id = r."memberId"
          WHERE ml."employerUnitId" = ${unitId}::uuid AND r.status = 'CONFIRMED' AND a."startsAt" >= ${linkedFrom("ml")}
            AND a."startsAt" < ${linkedMonth("ml")} + interval '1 month' - interval '8 hours'
        ) s
        JOIN "Member" m ON m.id = s."memberId"
        CROSS JOIN LATERAL (
          SELECT CASE WHEN ${inYear} THEN extract(month FROM s.month)::int END AS month,
                 CASE WHEN ${inYear} THEN s."categoryId" END AS "categoryId"
        ) x
        WHERE m."employerUnitId" = ${unitId}::uuid
        GROUP BY s."memberId", m."communityId", m.status, x.month, x."categoryId"
      ) y
      GROUP BY GROUPING SETS ((y.month), (y."categoryId"), (y."communityId"), ())`,
  ]);
  if (!unit) throw new NotFoundError();

  const usedCategoryIds = aggregates.filter((r) => r.byCategory && r.categoryId && r.records > 0).map((r) => r.categoryId!);
  const categories = await prisma.serviceCategory.findMany({
    where: { OR: [{ communityId: null, archivedAt: null }, { id: { in: usedCategoryIds } }] },
    orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
    select: { id: true, code: true, nameZh: true, nameEn: true, communityId: true },
  });

  const figures = (r: AggregateRow): ServiceFigures => ({ records: r.records, members: r.members, hours: hours1(r.hours) });
  // out-of-year records fall into a NULL month and category: they only count for "never served"
  const monthRows = new Map(aggregates.filter((r) => r.byMonth && r.month !== null).map((r) => [r.month!, figures(r)]));
  const categoryRows = new Map(
    aggregates.filter((r) => r.byCategory && r.categoryId !== null).map((r) => [r.categoryId!, figures(r)]),
  );
  const communityRows = new Map(aggregates.filter((r) => r.byCommunity).map((r) => [r.communityId!, r]));
  const totalRow = aggregates.find((r) => !r.byMonth && !r.byCategory && !r.byCommunity);
  const total = totalRow ? figures(totalRow) : ZERO;

  const byCommunity = new Map<
    string,
    { id: string; name: string; reported: number; verified: number; pending: number; active: number; neverServed: number }
  >();
  for (const c of counts) {
    const row = byCommunity.get(c.communityId) ?? {
      id: c.communityId,
      name: c.name,
      reported: 0,
      verified: 0,
      pending: 0,
      active: 0,
      neverServed: 0,
    };
    row.reported += c.n;
    if (c.status === "ACTIVE") row.verified += c.n;
    if (c.status === "PENDING") row.pending += c.n;
    byCommunity.set(c.communityId, row);
  }
  for (const row of byCommunity.values()) {
    const served = communityRows.get(row.id);
    row.active = served?.members ?? 0;
    row.neverServed = row.verified - (served?.servedActive ?? 0);
  }
  const communities = [...byCommunity.values()];
  const sum = (key: "reported" | "verified" | "pending" | "active" | "neverServed") =>
    communities.reduce((n, c) => n + c[key], 0);

  return {
    unit,
    year,
    counts: {
      /** all roster entries whose employer is the unit */
      reported: sum("reported"),
      /** ACTIVE entries */
      verified: sum("verified"),
      pending: sum("pending"),
      /** entries with at least one confirmed record in the year (any status: a member may have moved out since) */
      active: sum("active"),
      /** ACTIVE entries with no confirmed record ever */
      neverServed: sum("neverServed"),
    },
    total,
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...(monthRows.get(i + 1) ?? ZERO) })),
    // the shared categories always (zeros included), a community's own ones when used in the year
    categories: categories
      .filter((c) => c.communityId === null || categoryRows.has(c.id))
      .map((c) => ({ id: c.id, code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, ...(categoryRows.get(c.id) ?? ZERO) })),
    communities: communities.sort((a, b) => b.verified - a.verified || b.reported - a.reported || byName(a, b)),
  };
}

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function getUnitDashboard(options: Parameters<typeof readGetUnitDashboard>[0]): ReturnType<typeof readGetUnitDashboard> {
  return onReadReplica(() => readGetUnitDashboard(options));
}
