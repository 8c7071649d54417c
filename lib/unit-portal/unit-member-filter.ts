import { z } from "zod";
import { currentYear, parseYear, type YearBounds } from "../time.ts";
import { integer, pageParam, queryTextParam } from "../validation/fields.ts";
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
export function unitYears(now = new Date()): YearBounds {
  return { min: 2020, max: currentYear(now) + 1, fallback: currentYear(now) };
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

/**
 * The unit's member list filters as they appear in the URL. Shared by the list page, the export and
 * the dashboard's links, so a number on the dashboard and the list behind it are the same query.
 * Bad values are dropped rather than failing the page.
 */
export const unitMemberFilterSchema = z.object({
  q: queryTextParam.transform((q) => (q ? normalizePersonName(q) : undefined)),
  communityId: optional(z.uuid()),
  status: optional(z.enum(UNIT_MEMBER_STATUSES)),
  served: optional(z.enum(UNIT_SERVED)),
  /** members with a confirmed record of this category in the year */
  categoryId: optional(z.uuid()),
  /** members with a confirmed record in this month (1–12) of the year */
  month: optional(integer(1, 12)),
  sort: z.enum(UNIT_MEMBER_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: pageParam,
});
export type UnitMemberFilter = z.infer<typeof unitMemberFilterSchema> & { year: number };

export function parseUnitMemberFilter(params: Record<string, string | string[] | undefined>, now = new Date()): UnitMemberFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return { ...unitMemberFilterSchema.parse(flat), year: parseYear(flat.year, unitYears(now)) };
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

/** Which figures a sort needs before the page can be cut: service figures, points, or none. */
export function sortNeeds(filter: Pick<UnitMemberFilter, "sort">): "service" | "points" | null {
  if (filter.sort === "points") return "points";
  return ["activities", "hours", "lastService"].includes(filter.sort) ? "service" : null;
}
