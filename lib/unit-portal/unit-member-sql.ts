// The unit's member list as SQL over `"Member" m`: shared by the list, the export and the dashboard.
import { Prisma } from "../db.ts";
import { yearRange } from "../time.ts";
import type { UNIT_MEMBER_SORTS, UnitMemberFilter } from "./unit-member-filter.ts";

/**
 * The first instant a unit may see of a member (alias `member`): the start of the Beijing day on
 * which the link was confirmed. Records, sign-ups and points before it stay the community's.
 */
export function linkedFrom(member: string): Prisma.Sql {
  return Prisma.raw(`(date_trunc('day', ${member}."employerLinkedAt" + interval '8 hours') - interval '8 hours')`);
}

/** The first day of the Beijing month in which the link was confirmed (a `date`, like the summary's months). */
export function linkedMonth(member: string): Prisma.Sql {
  return Prisma.raw(`date_trunc('month', ${member}."employerLinkedAt" + interval '8 hours')::date`);
}

/** A filter wants confirmed records inside the year (served=year, a category or a month). */
function yearRecordCondition(filter: UnitMemberFilter): Prisma.Sql | null {
  if (filter.served !== "year" && filter.served !== "notYear" && !filter.categoryId && !filter.month) return null;
  const { start, end } = yearRange(filter.year);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "ActivityRecord" r JOIN "Activity" a ON a.id = r."activityId"
    WHERE r."memberId" = m.id AND r.status = 'CONFIRMED' AND a."startsAt" >= ${linkedFrom("m")}
      AND a."startsAt" >= ${start} AND a."startsAt" < ${end}
      ${filter.categoryId ? Prisma.sql`AND a."categoryId" = ${filter.categoryId}::uuid` : Prisma.empty}
      ${filter.month ? Prisma.sql`AND extract(month FROM (a."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai') = ${filter.month}` : Prisma.empty}
  )`;
}

/**
 * The SQL condition on `"Member" m` for a unit's members under a filter. The unit comes from the
 * session's grant, never from the URL: another unit's member is never in the result.
 */
export function unitMemberWhereSql(unitId: string, filter: UnitMemberFilter): Prisma.Sql {
  // a confirmed link only (employerLinkedAt is set with it: a CHECK holds it)
  const parts: Prisma.Sql[] = [Prisma.sql`m."employerUnitId" = ${unitId}::uuid AND m."employerLinkedAt" IS NOT NULL`];
  if (filter.q) parts.push(Prisma.sql`m.name LIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (filter.communityId) parts.push(Prisma.sql`m."communityId" = ${filter.communityId}::uuid`);
  if (filter.status) parts.push(Prisma.sql`m.status = ${filter.status}::"MemberStatus"`);
  const anyConfirmed = Prisma.sql`EXISTS (
    SELECT 1 FROM "ActivityRecord" r JOIN "Activity" a ON a.id = r."activityId"
    WHERE r."memberId" = m.id AND r.status = 'CONFIRMED' AND a."startsAt" >= ${linkedFrom("m")})`;
  if (filter.served === "never") parts.push(Prisma.sql`NOT ${anyConfirmed}`);
  if (filter.served === "yes") parts.push(anyConfirmed);
  const inYear = yearRecordCondition(filter);
  if (inYear) {
    // notYear with a category or month: no record of that kind in the year
    parts.push(filter.served === "notYear" ? Prisma.sql`NOT ${inYear}` : inYear);
  }
  return Prisma.join(parts, " AND ");
}

/**
 * Sort expressions over the list query's aliases: `m` the member, `c` the community, `st` the
 * member's service figures and `pt` the points balance (both LEFT JOINed, hence the coalesce).
 */
const SORT_SQL: Record<(typeof UNIT_MEMBER_SORTS)[number], string> = {
  name: `m.name`,
  community: `c.name`,
  status: `m.status`,
  activities: `coalesce(st.activities, 0)`,
  hours: `coalesce(st.hours, 0)`,
  points: `coalesce(pt.points, 0)`,
  lastService: `st."lastService"`,
  reportedAt: `m."reportedAt"`,
};

/** ORDER BY for a sort: a fixed expression list (never user text), then name and id so pages are stable. */
export function unitMemberOrderSql(filter: Pick<UnitMemberFilter, "sort" | "dir">): Prisma.Sql {
  const dir = filter.dir === "desc" ? "DESC" : "ASC";
  const nulls = filter.dir === "desc" ? "NULLS LAST" : "NULLS FIRST";
  const tail = filter.sort === "name" ? `m.id ASC` : `m.name ASC, m.id ASC`;
  return Prisma.raw(`${SORT_SQL[filter.sort]} ${dir} ${nulls}, ${tail}`);
}
