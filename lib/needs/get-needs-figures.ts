import type { Actor } from "../auth/actor.ts";
import { db, Prisma } from "../db.ts";
import { byName } from "../natural-order.ts";
import { yearRange } from "../time.ts";
import { cachedFigures, communitiesStamp, streetStamp } from "../dashboards/figures-cache.ts";
import { needsScope, scopeSql, type NeedsScope } from "./needs-scope.ts";

/** One row of figures: a kind, a category, a grid, a community, or all needs of the year. */
export type NeedFigures = {
  received: number;
  /** received minus rejected, merged into another or made an activity: the needs members could take */
  inLoop: number;
  claimed: number;
  /** claimants reported them done (DONE, then CONFIRMED or closed) */
  completed: number;
  confirmed: number;
  /** claimed within 3 days (72 hours) of being received, as a share of inLoop (null: nothing to count) */
  claimedIn3DaysShare: number | null;
  /** medians in hours from receipt, over the needs that got there (null: none did) */
  medianHoursToClaim: number | null;
  medianHoursToComplete: number | null;
  averageRating: number | null;
  rated: number;
};

type Row = {
  gKind: boolean;
  gCategory: boolean;
  gGrid: boolean;
  gCommunity: boolean;
  kind: string | null;
  categoryId: string | null;
  gridId: string | null;
  communityId: string | null;
  received: number;
  inLoop: number;
  claimed: number;
  completed: number;
  confirmed: number;
  claimedIn3Days: number;
  medianClaim: number | null;
  medianDone: number | null;
  avgRating: number | null;
  rated: number;
};

type EmployerRow = { unitId: string | null; claimed: number; completed: number; members: number };

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function figures(r: Row): NeedFigures {
  return {
    received: r.received,
    inLoop: r.inLoop,
    claimed: r.claimed,
    completed: r.completed,
    confirmed: r.confirmed,
    claimedIn3DaysShare: r.inLoop > 0 ? r.claimedIn3Days / r.inLoop : null,
    medianHoursToClaim: round1(r.medianClaim),
    medianHoursToComplete: round1(r.medianDone),
    averageRating: round1(r.avgRating),
    rated: r.rated,
  };
}

export type GetNeedsFiguresOptions = { actor: Actor; input: { year: number } };

/**
 * The needs figures (issue 9 item 9) for the needs received in one Beijing calendar year, for the
 * secretary's community or the street admin's street: received / claimed / completed, the share
 * claimed within 3 days, median hours to claim and to complete, the average rating, by kind,
 * category, grid (and community, for the street) in one grouping-sets pass, and by the claimants'
 * employer (one pass over the claims).
 */
export async function getNeedsFigures({ actor, input }: GetNeedsFiguresOptions) {
  const scope = needsScope(actor);
  const stamp = scope.kind === "street" ? await streetStamp(scope.orgId) : await communitiesStamp([scope.orgId]);
  // kept while the figures stamp of the scope's communities is unchanged (decision 089)
  return cachedFigures(`needs:${scope.kind}:${scope.orgId}:${input.year}`, stamp, new Date(), async () => ({
    value: await computeNeedsFigures(scope, input.year),
  }));
}

async function computeNeedsFigures(scope: NeedsScope, year: number) {
  const { start, end } = yearRange(year);
  const inScope = Prisma.sql`${scopeSql(scope)} AND n."createdAt" >= ${start} AND n."createdAt" < ${end}`;
  const prisma = db();
  const [rows, employers] = await Promise.all([
    prisma.$queryRaw<Row[]>`
      SELECT GROUPING(n.kind) = 0 AS "gKind", GROUPING(n."categoryId") = 0 AS "gCategory",
             GROUPING(n."gridId") = 0 AS "gGrid", GROUPING(n."communityId") = 0 AS "gCommunity",
             n.kind::text AS kind, n."categoryId"::text AS "categoryId", n."gridId"::text AS "gridId",
             n."communityId"::text AS "communityId",
             count(*)::int AS received,
             count(*) FILTER (WHERE n.status NOT IN ('REJECTED', 'MERGED', 'CONVERTED'))::int AS "inLoop",
             count(n."firstClaimedAt")::int AS claimed,
             count(n."doneAt")::int AS completed,
             count(*) FILTER (WHERE n.status = 'CONFIRMED')::int AS confirmed,
             count(*) FILTER (WHERE n."firstClaimedAt" <= n."createdAt" + interval '3 days')::int AS "claimedIn3Days",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n."firstClaimedAt" - n."createdAt") / 3600) AS "medianClaim",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n."doneAt" - n."createdAt") / 3600) AS "medianDone",
             avg(n.rating)::float8 AS "avgRating",
             count(n.rating)::int AS rated
      FROM "Need" n
      WHERE ${inScope}
      GROUP BY GROUPING SETS ((n.kind), (n."categoryId"), (n."gridId"), (n."communityId"), ())`,
    prisma.$queryRaw<EmployerRow[]>`
      SELECT m."employerUnitId"::text AS "unitId",
             count(DISTINCT c."needId")::int AS claimed,
             count(DISTINCT c."needId") FILTER (WHERE c.status = 'DONE')::int AS completed,
             count(DISTINCT c."memberId")::int AS members
      FROM "NeedClaim" c
      JOIN "Need" n ON n.id = c."needId"
      JOIN "Member" m ON m.id = c."memberId"
      WHERE ${inScope} AND c.status IN ('ACTIVE', 'DONE')
      GROUP BY m."employerUnitId"`,
  ]);

  const ids = (pick: (r: Row) => string | null, group: (r: Row) => boolean) =>
    rows.filter((r) => group(r) && pick(r)).map((r) => pick(r)!);
  const [categories, orgs] = await Promise.all([
    prisma.serviceCategory.findMany({
      where: {
        id: {
          in: ids(
            (r) => r.categoryId,
            (r) => r.gCategory,
          ),
        },
      },
      select: { id: true, nameZh: true, nameEn: true, sortOrder: true },
    }),
    prisma.organization.findMany({
      where: {
        id: {
          in: [
            ...ids(
              (r) => r.gridId,
              (r) => r.gGrid,
            ),
            ...ids(
              (r) => r.communityId,
              (r) => r.gCommunity,
            ),
            ...employers.filter((e) => e.unitId).map((e) => e.unitId!),
          ],
        },
      },
      select: { id: true, name: true },
    }),
  ]);
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  const categoryOf = new Map(categories.map((c) => [c.id, c]));
  const total = rows.find((r) => !r.gKind && !r.gCategory && !r.gGrid && !r.gCommunity);
  const empty: NeedFigures = figures({
    received: 0,
    inLoop: 0,
    claimed: 0,
    completed: 0,
    confirmed: 0,
    claimedIn3Days: 0,
    medianClaim: null,
    medianDone: null,
    avgRating: null,
    rated: 0,
  } as Row);

  return {
    scope: scope.kind,
    year,
    total: total ? figures(total) : empty,
    byKind: (["WISH", "SERVICE", "PROBLEM"] as const).map((kind) => {
      const r = rows.find((x) => x.gKind && x.kind === kind);
      return { kind, ...(r ? figures(r) : empty) };
    }),
    byCategory: rows
      .filter((r) => r.gCategory && r.categoryId)
      .map((r) => ({ ...categoryOf.get(r.categoryId!)!, ...figures(r) }))
      .sort((a, b) => a.sortOrder - b.sortOrder || b.received - a.received),
    byGrid: rows
      .filter((r) => r.gGrid)
      .map((r) => ({ id: r.gridId, name: r.gridId ? (nameOf.get(r.gridId) ?? "") : null, ...figures(r) }))
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : byName({ name: a.name }, { name: b.name }))),
    byCommunity:
      scope.kind === "street"
        ? rows
            .filter((r) => r.gCommunity && r.communityId)
            .map((r) => ({ id: r.communityId!, name: nameOf.get(r.communityId!) ?? "", ...figures(r) }))
            .sort(byName)
        : [],
    byEmployer: employers
      .map((e) => ({ ...e, name: e.unitId ? (nameOf.get(e.unitId) ?? "") : null }))
      .sort((a, b) => b.claimed - a.claimed || (a.name ?? "").localeCompare(b.name ?? "")),
  };
}
