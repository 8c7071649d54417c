// Set-based aggregates shared by the community and street dashboards. No authorization here:
// the use cases decide which communities a caller may count, and pass only those ids.
import { db, Prisma } from "../db.ts";
import type { YearRange } from "../time.ts";

/** The year's months in the summary table (its `month` is the first day of a Beijing month). */
export function summaryMonths(range: YearRange) {
  return Prisma.sql`s.month >= make_date(${range.year}::int, 1, 1) AND s.month < make_date(${range.year + 1}::int, 1, 1)`;
}

/**
 * Members with at least one CONFIRMED attendance record at an activity that started in the year
 * (Beijing time) in one of the communities, from the summary rows (MemberServiceMonth, kept by
 * triggers; see docs/decisions/041-dashboard-summaries.md). NO_SHOW and CHECKED_IN do not count.
 */
function activeMembersCte(communityIds: string[], range: YearRange) {
  return Prisma.sql`
    active AS (
      SELECT DISTINCT s."memberId"
      FROM "MemberServiceMonth" s
      WHERE s."communityId" = ANY(${communityIds}::uuid[]) AND ${summaryMonths(range)}
    )`;
}

/** Verified members who have never had a confirmed record (报到不服务), as a boolean per member row `m`. */
export const NEVER_SERVED = Prisma.sql`NOT EXISTS (SELECT 1 FROM "MemberServiceMonth" ns WHERE ns."memberId" = m.id)`;

export type MemberCounts = {
  /** PENDING + ACTIVE: reported and not returned or moved out */
  reported: number;
  pending: number;
  /** ACTIVE */
  verified: number;
  /** verified, with a confirmed record in the year */
  active: number;
  /** verified, no confirmed record ever */
  neverServed: number;
};

type CountsRow = MemberCounts & { communityId: string };

/** Member counts per community, one query. Communities without members are absent. */
export async function memberCountsByCommunity(communityIds: string[], range: YearRange): Promise<Map<string, MemberCounts>> {
  if (!communityIds.length) return new Map();
  const rows = await db().$queryRaw<CountsRow[]>`
    WITH ${activeMembersCte(communityIds, range)}
    SELECT m."communityId"::text AS "communityId",
           count(*)::int AS reported,
           count(*) FILTER (WHERE m.status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE m.status = 'ACTIVE')::int AS verified,
           count(act."memberId") FILTER (WHERE m.status = 'ACTIVE')::int AS active,
           count(*) FILTER (WHERE m.status = 'ACTIVE' AND ${NEVER_SERVED})::int AS "neverServed"
    FROM "Member" m
    LEFT JOIN active act ON act."memberId" = m.id
    WHERE m."communityId" = ANY(${communityIds}::uuid[]) AND m.status IN ('PENDING', 'ACTIVE')
    GROUP BY m."communityId"`;
  return new Map(rows.map(({ communityId, ...counts }) => [communityId, counts]));
}

export type BreakdownRow = {
  dim: "all" | "grid" | "building" | "employer";
  gridId: string | null;
  buildingId: string | null;
  employerUnitId: string | null;
  /** the work unit's name, or the free-text employer of members without a unit */
  employerName: string | null;
  /** verified members */
  members: number;
  active: number;
  neverServed: number;
  /** the "all" row only: PENDING + ACTIVE and PENDING */
  reported: number;
  pending: number;
};

/**
 * One community's verified members by grid, by building and by employer (work unit, else the
 * free-text employer name), plus the community total, in one scan (GROUPING SETS).
 * `gridId` / `buildingId` / employer null means "not assigned" in that dimension's rows.
 */
export async function memberBreakdown(communityId: string, range: YearRange): Promise<BreakdownRow[]> {
  return db().$queryRaw<BreakdownRow[]>`
    WITH ${activeMembersCte([communityId], range)},
    mm AS (
      SELECT m.status, m."gridId", m."buildingId", m."employerUnitId",
             CASE WHEN m."employerUnitId" IS NOT NULL THEN u.name ELSE NULLIF(btrim(m."employerName"), '') END AS "employerName",
             (m.status = 'ACTIVE' AND act."memberId" IS NOT NULL) AS is_active,
             (m.status = 'ACTIVE' AND ${NEVER_SERVED}) AS is_never
      FROM "Member" m
      LEFT JOIN active act ON act."memberId" = m.id
      LEFT JOIN "Organization" u ON u.id = m."employerUnitId"
      WHERE m."communityId" = ${communityId}::uuid AND m.status IN ('PENDING', 'ACTIVE')
    )
    SELECT CASE WHEN GROUPING("gridId") = 0 THEN 'grid'
                WHEN GROUPING("buildingId") = 0 THEN 'building'
                WHEN GROUPING("employerUnitId") = 0 THEN 'employer'
                ELSE 'all' END AS dim,
           "gridId"::text AS "gridId", "buildingId"::text AS "buildingId", "employerUnitId"::text AS "employerUnitId", "employerName",
           count(*) FILTER (WHERE status = 'ACTIVE')::int AS members,
           count(*) FILTER (WHERE is_active)::int AS active,
           count(*) FILTER (WHERE is_never)::int AS "neverServed",
           count(*)::int AS reported,
           count(*) FILTER (WHERE status = 'PENDING')::int AS pending
    FROM mm
    GROUP BY GROUPING SETS ((), ("gridId"), ("buildingId"), ("employerUnitId", "employerName"))`;
}

export type MonthRow = {
  communityId: string;
  /** 1–12, Beijing calendar month of the activity's start */
  month: number;
  /** PUBLISHED activities that have started (held) */
  activities: number;
  /** confirmed attendance records */
  participations: number;
  /** distinct members with a confirmed record */
  participants: number;
  hours: number;
};

/**
 * Activities held, participations, participants and hours per community and Beijing month of the
 * year. A member belongs to one community, so participants add up across communities.
 */
export async function activityMonths(communityIds: string[], range: YearRange, now: Date): Promise<MonthRow[]> {
  if (!communityIds.length) return [];
  // activities held from Activity (a handful of rows per community and year, and "held" depends on
  // now); records from the summary rows, grouped by (community, month)
  const rows = await db().$queryRaw<(Omit<MonthRow, "hours"> & { tenths: number })[]>`
    WITH held AS (
      SELECT a."communityId", service_month(a."startsAt") AS month,
             count(*) FILTER (WHERE a.status = 'PUBLISHED' AND a."startsAt" <= ${now}) AS activities
      FROM "Activity" a
      WHERE a."communityId" = ANY(${communityIds}::uuid[]) AND a."startsAt" >= ${range.start} AND a."startsAt" < ${range.end}
      GROUP BY 1, 2
    ), recs AS (
      SELECT s."communityId", s.month, sum(s.services) AS participations, count(DISTINCT s."memberId") AS participants,
             sum(s.tenths) AS tenths
      FROM "MemberServiceMonth" s
      WHERE s."communityId" = ANY(${communityIds}::uuid[]) AND ${summaryMonths(range)}
      GROUP BY 1, 2
    )
    SELECT held."communityId"::text AS "communityId", EXTRACT(MONTH FROM held.month)::int AS month,
           held.activities::int AS activities,
           COALESCE(recs.participations, 0)::int AS participations,
           COALESCE(recs.participants, 0)::int AS participants,
           COALESCE(recs.tenths, 0)::int AS tenths
    FROM held
    LEFT JOIN recs ON recs."communityId" = held."communityId" AND recs.month = held.month`;
  return rows.map(({ tenths, ...row }) => ({ ...row, hours: tenths / 10 }));
}

export type CategoryRow = {
  categoryId: string;
  code: string | null;
  nameZh: string;
  nameEn: string;
  icon: string;
  participations: number;
  hours: number;
};

/** Confirmed participations and hours per service category of the activities, in the year. */
export async function categoryMix(communityIds: string[], range: YearRange): Promise<CategoryRow[]> {
  if (!communityIds.length) return [];
  const rows = await db().$queryRaw<(Omit<CategoryRow, "hours"> & { tenths: number })[]>`
    SELECT c.id::text AS "categoryId", c.code, c."nameZh", c."nameEn", c.icon,
           sum(s.services)::int AS participations, sum(s.tenths)::int AS tenths
    FROM "MemberServiceMonth" s
    JOIN "ServiceCategory" c ON c.id = s."categoryId"
    WHERE s."communityId" = ANY(${communityIds}::uuid[]) AND ${summaryMonths(range)}
    GROUP BY c.id
    ORDER BY tenths DESC, participations DESC, min(c."sortOrder")`;
  return rows.map(({ tenths, ...row }) => ({ ...row, hours: tenths / 10 }));
}

/** Sums month rows into the 12 months of the year (missing months are zeros). */
export function monthlySeries(rows: MonthRow[]) {
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    activities: 0,
    participations: 0,
    participants: 0,
    hours: 0,
  }));
  for (const row of rows) {
    const m = months[row.month - 1];
    if (!m) continue;
    m.activities += row.activities;
    m.participations += row.participations;
    m.participants += row.participants;
    m.hours += row.hours;
  }
  return months.map((m) => ({ ...m, hours: roundHours(m.hours) }));
}

export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}
