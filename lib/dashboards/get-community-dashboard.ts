import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, onReadReplica } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";
import { activityMonths, categoryMix, memberBreakdown, monthlySeries, roundHours, type BreakdownRow } from "./aggregates.ts";
import { cachedFigures, communitiesStamp, heldWindow } from "./figures-cache.ts";
import { previewFollowUpList } from "./follow-up-lists.ts";
import { yearRange } from "../time.ts";
import { rate } from "./period.ts";

export type ParticipationRow = {
  /** grid / building / work unit id; null for "not assigned" or a free-text employer */
  id: string | null;
  name: string | null;
  members: number;
  active: number;
  rate: number | null;
  neverServed: number;
};

const row = (r: BreakdownRow, id: string | null, name: string | null): ParticipationRow => ({
  id,
  name,
  members: r.members,
  active: r.active,
  rate: rate(r.active, r.members),
  neverServed: r.neverServed,
});

export type GetCommunityDashboardOptions = { actor: Actor; input: { year: number }; now?: Date };

/**
 * The secretary's dashboard for one year (Beijing calendar): headline counts and rates,
 * participation by grid, building and employer, the monthly trend, the category mix and the two
 * follow-up lists. About eight set-based queries whatever the size of the community.
 *
 * Definitions: reported = PENDING + ACTIVE roster entries; verified = ACTIVE; active = verified
 * with ≥ 1 CONFIRMED attendance record at an activity starting in the year; never served =
 * verified with no CONFIRMED record ever. Rates: verified / reported, active / verified.
 * Kept while the community's figures stamp is unchanged (decision 089).
 */
async function readGetCommunityDashboard({ actor, input, now = new Date() }: GetCommunityDashboardOptions) {
  const communityId = authorize(actor, "dashboard.community").orgId;
  const stamp = await communitiesStamp([communityId]);
  return cachedFigures(`community:${communityId}:${input.year}`, stamp, now, () =>
    computeCommunityDashboard(communityId, input.year, now),
  );
}

async function computeCommunityDashboard(communityId: string, year: number, now: Date) {
  const range = yearRange(year);
  const prisma = db();

  const [community, places, breakdown, months, categories, neverServed, pledgedNoSignup, held] = await Promise.all([
    prisma.organization.findFirst({
      where: { id: communityId, kind: "COMMUNITY" },
      select: { id: true, name: true, parent: { select: { name: true } } },
    }),
    prisma.organization.findMany({
      where: { communityId, kind: { in: ["GRID", "BUILDING"] } },
      select: { id: true, kind: true, name: true, parentId: true, archivedAt: true },
    }),
    memberBreakdown(communityId, range),
    activityMonths([communityId], range, now),
    categoryMix([communityId], range),
    previewFollowUpList("neverServed", communityId, range),
    previewFollowUpList("pledgedNoSignup", communityId, range),
    heldWindow([communityId], range, now),
  ]);
  if (!community) throw new NotFoundError();

  const total = breakdown.find((r) => r.dim === "all");
  const counts = {
    reported: total?.reported ?? 0,
    pending: total?.pending ?? 0,
    verified: total?.members ?? 0,
    active: total?.active ?? 0,
    neverServed: total?.neverServed ?? 0,
  };
  const trend = monthlySeries(months);
  const yearTotals = trend.reduce(
    (sum, m) => ({
      activities: sum.activities + m.activities,
      participations: sum.participations + m.participations,
      hours: sum.hours + m.hours,
    }),
    {
      activities: 0,
      participations: 0,
      hours: 0,
    },
  );

  // grids and buildings: every one not archived, and archived ones only while members still point at them
  const grids = places.filter((p) => p.kind === "GRID");
  const buildings = places.filter((p) => p.kind === "BUILDING");
  const byDim = (dim: BreakdownRow["dim"], key: (r: BreakdownRow) => string | null) =>
    new Map(breakdown.filter((r) => r.dim === dim).map((r) => [key(r), r]));
  const gridRows = byDim("grid", (r) => r.gridId);
  const buildingRows = byDim("building", (r) => r.buildingId);
  const empty: BreakdownRow = {
    dim: "grid",
    gridId: null,
    buildingId: null,
    employerUnitId: null,
    employerName: null,
    members: 0,
    active: 0,
    neverServed: 0,
    reported: 0,
    pending: 0,
  };
  const shown = (p: { id: string; archivedAt: Date | null }, rows: Map<string | null, BreakdownRow>) =>
    !p.archivedAt || (rows.get(p.id)?.reported ?? 0) > 0;
  const gridName = new Map(grids.map((g) => [g.id, g.name]));

  const byGrid = grids
    .filter((g) => shown(g, gridRows))
    .sort(byName)
    .map((g) => ({
      ...row(gridRows.get(g.id) ?? empty, g.id, g.name),
      buildings: buildings
        .filter((b) => b.parentId === g.id && shown(b, buildingRows))
        .sort(byName)
        .map((b) => ({ id: b.id, name: b.name })),
    }));
  const unassignedGrid = gridRows.get(null);
  if (unassignedGrid && unassignedGrid.members > 0) byGrid.push({ ...row(unassignedGrid, null, null), buildings: [] });

  const byBuilding = buildings
    .filter((b) => shown(b, buildingRows))
    .map((b) => ({
      ...row(buildingRows.get(b.id) ?? empty, b.id, b.name),
      gridName: (b.parentId && gridName.get(b.parentId)) || null,
    }))
    .sort(
      (a, b) =>
        (a.gridName ?? "").localeCompare(b.gridName ?? "", "zh-CN", { numeric: true }) ||
        byName({ name: a.name ?? "" }, { name: b.name ?? "" }),
    );
  const unassignedBuilding = buildingRows.get(null);
  if (unassignedBuilding && unassignedBuilding.members > 0)
    byBuilding.push({ ...row(unassignedBuilding, null, null), gridName: null });

  const byEmployer = breakdown
    .filter((r) => r.dim === "employer" && r.members > 0)
    .map((r) => ({ ...row(r, r.employerUnitId, r.employerName), isWorkUnit: r.employerUnitId !== null }))
    .sort(
      (a, b) =>
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
        b.members - a.members ||
        byName({ name: a.name ?? "" }, { name: b.name ?? "" }),
    );

  const value = {
    community,
    year,
    headline: {
      ...counts,
      verifiedRate: rate(counts.verified, counts.reported),
      activeRate: rate(counts.active, counts.verified),
      pledgedNoSignup: pledgedNoSignup.total,
      activities: yearTotals.activities,
      participations: yearTotals.participations,
      hours: roundHours(yearTotals.hours),
    },
    byGrid,
    byBuilding,
    byEmployer,
    trend,
    categories: categories.map((c) => ({ ...c, hours: roundHours(c.hours) })),
    lists: { neverServed, pledgedNoSignup },
  };
  return { value, held };
}

export type CommunityDashboard = Awaited<ReturnType<typeof getCommunityDashboard>>;

/** Read-only: served by the streaming replica when there is one (lib/db.ts `onReadReplica`). */
export function getCommunityDashboard(
  options: Parameters<typeof readGetCommunityDashboard>[0],
): ReturnType<typeof readGetCommunityDashboard> {
  return onReadReplica(() => readGetCommunityDashboard(options));
}
