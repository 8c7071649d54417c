import { z } from "zod";
import type { Prisma } from "../db.ts";
import { normalizePersonName } from "../members/person-name.ts";
import { pageParam, queryTextParam } from "../validation/fields.ts";

import { AVAILABILITY, MEMBER_KINDS, MEMBER_STATUSES } from "./member-options.ts";

export { AVAILABILITY, MEMBER_KINDS, MEMBER_STATUSES };
export const ROSTER_SORTS = ["name", "reportedAt", "building", "status"] as const;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional()).catch(undefined);

/**
 * The roster's filters, as they appear in the URL (`?q=…&gridId=…`). Shared by the roster page,
 * the Excel export and the counts, so an export always matches what the secretary sees.
 * Bad values are dropped rather than failing the page.
 */
export const rosterFilterSchema = z.object({
  q: queryTextParam.transform((q) => (q ? normalizePersonName(q) : undefined)),
  gridId: optional(z.uuid()),
  buildingId: optional(z.uuid()),
  kind: optional(z.enum(MEMBER_KINDS)),
  status: optional(z.enum(MEMBER_STATUSES)),
  employerUnitId: optional(z.uuid()),
  availability: optional(z.enum(AVAILABILITY)),
  /** "never": verified members with no confirmed service record (报到不服务) */
  served: optional(z.enum(["never", "yes"])),
  sort: z.enum(ROSTER_SORTS).catch("reportedAt").default("reportedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: pageParam,
});
export type RosterFilter = z.infer<typeof rosterFilterSchema>;

export function parseRosterFilter(params: Record<string, string | string[] | undefined>): RosterFilter {
  const flat: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  // the page's one "grid or building" select sends place=g:<id> or place=b:<id>
  const place = flat.place ?? "";
  if (place.startsWith("g:")) flat.gridId = place.slice(2);
  if (place.startsWith("b:")) flat.buildingId = place.slice(2);
  return rosterFilterSchema.parse(flat);
}

/** The canonical query string of a filter (for export links, pagination and sorting links). */
export function rosterQuery(filter: Partial<RosterFilter>, extra: Record<string, string | undefined> = {}): string {
  const entries = Object.entries({ ...filter, ...extra })
    .filter(([key, value]) => value !== undefined && value !== "" && !(key === "page" && value === 1))
    .map(([key, value]) => [key, String(value)]);
  return new URLSearchParams(entries).toString();
}

/** The `where` for a community's roster under a filter; the community comes from the session. */
export function rosterWhere(communityId: string, filter: Omit<RosterFilter, "sort" | "dir" | "page">): Prisma.MemberWhereInput {
  const q = filter.q;
  return {
    communityId,
    ...(filter.gridId ? { gridId: filter.gridId } : {}),
    ...(filter.buildingId ? { buildingId: filter.buildingId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : { status: { not: "MOVED_OUT" } }),
    ...(filter.employerUnitId ? { employerUnitId: filter.employerUnitId } : {}),
    ...(filter.availability ? { availability: { has: filter.availability } } : {}),
    ...(filter.served === "never" ? { records: { none: { status: "CONFIRMED" } } } : {}),
    ...(filter.served === "yes" ? { records: { some: { status: "CONFIRMED" } } } : {}),
    ...(q
      ? {
          OR: [{ name: { contains: q } }, ...(/^\d{3,11}$/.test(q) ? [{ phone: { contains: q } }] : []), { skills: { has: q } }],
        }
      : {}),
  };
}

export function rosterOrderBy(filter: Pick<RosterFilter, "sort" | "dir">): Prisma.MemberOrderByWithRelationInput[] {
  const { sort, dir } = filter;
  switch (sort) {
    case "name":
      return [{ name: dir }, { id: "asc" }];
    case "building":
      return [{ building: { name: dir } }, { room: dir }, { id: "asc" }];
    case "status":
      return [{ status: dir }, { reportedAt: "desc" }, { id: "asc" }];
    default:
      return [{ reportedAt: dir }, { id: "asc" }];
  }
}
