import { z } from "zod";
import { Prisma } from "../db.ts";
import { localYear, parseLocalDateTime } from "../time.ts";
import { normalizePersonName } from "../members/person-name.ts";

export const UNIT_MEMBER_STATUSES = ["PENDING", "ACTIVE", "REJECTED", "MOVED_OUT"] as const;
export const UNIT_MEMBER_SORTS = [
  "name",
  "community",
  "status",
  "activities",
  "hours",
  "points",
  "lastService",
  "reportedAt",
] as const;
/** never / yes: a confirmed service record ever (or not); year: at least one in the chosen year; notYear: none in it */
export const UNIT_SERVED = ["never", "yes", "year", "notYear"] as const;
export const UNIT_MEMBER_PAGE_SIZE = 50;

/** Years people may pick: the portal has no data before 2020, and a year ahead is harmless. */
export const MIN_YEAR = 2020;

export function currentYear(now = new Date()): number {
  return localYear(now);
}

/** The chosen year (Beijing calendar), or the current one when missing or out of range. */
export function parseYear(value: unknown, now = new Date()): number {
  const year = Number(Array.isArray(value) ? value[0] : value);
  const current = currentYear(now);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= current + 1 ? year : current;
}

/** [start, end) of a Beijing calendar year as instants: 2026 → 2025-12-31T16:00Z .. 2026-12-31T16:00Z. */
export function yearRange(year: number): { start: Date; end: Date } {
  return { start: parseLocalDateTime(`${year}-01-01T00:00`)!, end: parseLocalDateTime(`${year + 1}-01-01T00:00`)! };
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

/**
 * The unit's member list filters as they appear in the URL. Shared by the list page, the export and
 * the dashboard's links, so a number on the dashboard and the list behind it are the same query.
 * Bad values are dropped rather than failing the page.
 */
export const unitMemberFilterSchema = z.object({
  q: optional(z.string().trim().max(50).transform(normalizePersonName)),
  communityId: optional(z.uuid()),
  status: optional(z.enum(UNIT_MEMBER_STATUSES)),
  served: optional(z.enum(UNIT_SERVED)),
  /** members with a confirmed record of this category in the year */
  categoryId: optional(z.uuid()),
  /** members with a confirmed record in this month (1–12) of the year */
  month: optional(z.coerce.number().int().min(1).max(12)),
  sort: z.enum(UNIT_MEMBER_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type UnitMemberFilter = z.infer<typeof unitMemberFilterSchema> & { year: number };

export function parseUnitMemberFilter(params: Record<string, string | string[] | undefined>, now = new Date()): UnitMemberFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return { ...unitMemberFilterSchema.parse(flat), year: parseYear(flat.year, now) };
}

/** The canonical query string of a filter (export link, pagination, links from the dashboard). */
export function unitMemberQuery(filter: Partial<UnitMemberFilter>, now = new Date()): string {
  const entries = Object.entries(filter)
    .filter(
      ([key, value]) =>
        value !== undefined &&
        value !== "" &&
        !(key === "page" && value === 1) &&
        !(key === "year" && value === currentYear(now)),
    )
    .map(([key, value]) => [key, String(value)]);
  return new URLSearchParams(entries).toString();
}

/** A filter wants confirmed records inside the year (served=year, a category or a month). */
function yearRecordCondition(filter: UnitMemberFilter): Prisma.Sql | null {
  if (filter.served !== "year" && filter.served !== "notYear" && !filter.categoryId && !filter.month) return null;
  const { start, end } = yearRange(filter.year);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "ActivityRecord" r JOIN "Activity" a ON a.id = r."activityId"
    WHERE r."memberId" = m.id AND r.status = 'CONFIRMED'
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
  const parts: Prisma.Sql[] = [Prisma.sql`m."employerUnitId" = ${unitId}::uuid`];
  if (filter.q) parts.push(Prisma.sql`m.name LIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (filter.communityId) parts.push(Prisma.sql`m."communityId" = ${filter.communityId}::uuid`);
  if (filter.status) parts.push(Prisma.sql`m.status = ${filter.status}::"MemberStatus"`);
  const anyConfirmed = Prisma.sql`EXISTS (SELECT 1 FROM "ActivityRecord" r WHERE r."memberId" = m.id AND r.status = 'CONFIRMED')`;
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

/** Which figures a sort needs before the page can be cut: service figures, points, or none. */
export function sortNeeds(filter: Pick<UnitMemberFilter, "sort">): "service" | "points" | null {
  if (filter.sort === "points") return "points";
  return ["activities", "hours", "lastService"].includes(filter.sort) ? "service" : null;
}

/** ORDER BY for a sort: a fixed expression list (never user text), then name and id so pages are stable. */
export function unitMemberOrderSql(filter: Pick<UnitMemberFilter, "sort" | "dir">): Prisma.Sql {
  const dir = filter.dir === "desc" ? "DESC" : "ASC";
  const nulls = filter.dir === "desc" ? "NULLS LAST" : "NULLS FIRST";
  const tail = filter.sort === "name" ? `m.id ASC` : `m.name ASC, m.id ASC`;
  return Prisma.raw(`${SORT_SQL[filter.sort]} ${dir} ${nulls}, ${tail}`);
}
