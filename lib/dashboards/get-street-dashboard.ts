import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, onReadReplica } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { cachedFigures, communitiesStamp, heldWindow } from "./figures-cache.ts";
import { activityMonths, memberCountsByCommunity, monthlySeries, roundHours } from "./aggregates.ts";
import { yearRange } from "../time.ts";
import { rate } from "./period.ts";

export const STREET_SORTS = ["name", "reported", "verified", "active", "rate", "activities", "hours", "neverServed"] as const;
export type StreetSort = (typeof STREET_SORTS)[number];

/** `?sort=&dir=` of the comparison table; bad values fall back to the default (by name). */
export const streetSortSchema = z.object({
  sort: z.enum(STREET_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});

export function parseStreetSort(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return streetSortSchema.parse({ sort: one(params.sort), dir: one(params.dir) });
}

export type CommunityComparisonRow = {
  id: string;
  name: string;
  reported: number;
  verified: number;
  active: number;
  /** active / verified */
  rate: number | null;
  activities: number;
  participations: number;
  hours: number;
  neverServed: number;
};

function compare(sort: StreetSort, a: CommunityComparisonRow, b: CommunityComparisonRow): number {
  if (sort === "name") return byName(a, b);
  // a community without verified members has no rate: it sorts below every real rate
  const value = (r: CommunityComparisonRow) => (sort === "rate" ? (r.rate ?? -1) : r[sort]);
  return value(a) - value(b);
}

export type GetStreetDashboardOptions = {
  actor: Actor;
  input: { year: number; sort?: StreetSort; dir?: "asc" | "desc" };
  now?: Date;
};

/**
 * The street admin's comparison of the street's communities (not archived) for a Beijing
 * calendar year: the same headline counts as a secretary's dashboard, summed; one row per
 * community; the street's monthly trend. Three queries plus the street's name.
 */
async function readGetStreetDashboard({ actor, input, now = new Date() }: GetStreetDashboardOptions) {
  const grant = authorize(actor, "dashboard.street");
  const streetId = grant.orgId;
  const range = yearRange(input.year);
  const sort = input.sort ?? "name";
  const dir = input.dir ?? "asc";
  const prisma = db();

  const [street, communities] = await Promise.all([
    prisma.organization.findFirst({ where: { id: streetId, kind: "STREET" }, select: { id: true, name: true } }),
    prisma.organization.findMany({ where: { streetId, kind: "COMMUNITY", archivedAt: null }, select: { id: true, name: true } }),
  ]);
  if (!street) throw new NotFoundError();
  const ids = communities.map((c) => c.id);
  const stamp = await communitiesStamp(ids);
  // kept while the stamp of the street's communities is unchanged (decision 089)
  const { counts, months } = await cachedFigures(`street:${streetId}:${input.year}`, stamp, now, async () => {
    const [counts, months, held] = await Promise.all([
      memberCountsByCommunity(ids, range),
      activityMonths(ids, range, now),
      heldWindow(ids, range, now),
    ]);
    return { value: { counts, months }, held };
  });

  const activityTotals = new Map<string, { activities: number; participations: number; hours: number }>();
  for (const m of months) {
    const t = activityTotals.get(m.communityId) ?? { activities: 0, participations: 0, hours: 0 };
    t.activities += m.activities;
    t.participations += m.participations;
    t.hours += m.hours;
    activityTotals.set(m.communityId, t);
  }

  const rows: CommunityComparisonRow[] = communities.map((c) => {
    const n = counts.get(c.id);
    const a = activityTotals.get(c.id);
    const verified = n?.verified ?? 0;
    const active = n?.active ?? 0;
    return {
      id: c.id,
      name: c.name,
      reported: n?.reported ?? 0,
      verified,
      active,
      rate: rate(active, verified),
      activities: a?.activities ?? 0,
      participations: a?.participations ?? 0,
      hours: roundHours(a?.hours ?? 0),
      neverServed: n?.neverServed ?? 0,
    };
  });
  const sign = dir === "asc" ? 1 : -1;
  rows.sort((a, b) => sign * compare(sort, a, b) || byName(a, b));

  const sum = (key: "reported" | "verified" | "active" | "activities" | "participations" | "neverServed") =>
    rows.reduce((s, r) => s + r[key], 0);
  const pending = [...counts.values()].reduce((s, n) => s + n.pending, 0);
  const headline = {
    communities: rows.length,
    reported: sum("reported"),
    pending,
    verified: sum("verified"),
    active: sum("active"),
    neverServed: sum("neverServed"),
    activities: sum("activities"),
    participations: sum("participations"),
    hours: roundHours(months.reduce((s, m) => s + m.hours, 0)),
  };
  return {
    street,
    year: input.year,
    sort,
    dir,
    headline: {
      ...headline,
      verifiedRate: rate(headline.verified, headline.reported),
      activeRate: rate(headline.active, headline.verified),
    },
    communities: rows,
    trend: monthlySeries(months),
  };
}

export type StreetDashboard = Awaited<ReturnType<typeof getStreetDashboard>>;

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function getStreetDashboard(
  options: Parameters<typeof readGetStreetDashboard>[0],
): ReturnType<typeof readGetStreetDashboard> {
  return onReadReplica(() => readGetStreetDashboard(options));
}
