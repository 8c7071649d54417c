import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, Prisma, type Tx } from "../db.ts";
import { lockOrCreateRound, refuseFinal, scoreSql, starsSql, UUID_V7_SQL } from "./round-scope.ts";

/** Computing 100,000 members takes seconds, far beyond Prisma's 5 s default for a transaction. */
const COMPUTE_TIMEOUT_MS = 5 * 60_000;

/** Start of 1 January of `year` in Beijing (UTC+8), as the UTC timestamp the columns store. */
const yearStart = (year: number) => Prisma.sql`(make_timestamp(${year}::int, 1, 1, 0, 0, 0) - interval '8 hours')`;

/**
 * The draft of one round, set-based (a handful of statements whatever the community's size):
 * 1. remove the ratings of members no longer ACTIVE in the community;
 * 2. one INSERT … ON CONFLICT DO UPDATE that sums, per ACTIVE member, the points of the Beijing
 *    calendar year (EARN and ADJUST entries created in it; redemptions and refunds are not
 *    earnings) and the confirmed attendances of activities starting in it, takes the peer and
 *    residents' scores entered so far, and writes points, activities, score and stars. Rows whose
 *    values did not change are not written. Entered scores and stories are never touched.
 */
async function computeInTx(tx: Tx, communityId: string, year: number, actorId: string | null) {
  const round = await lockOrCreateRound(tx, communityId, year);
  refuseFinal(round);
  const from = yearStart(year);
  const to = yearStart(year + 1);
  // residents' opinion: the secretary's override, else the ratings of the member's confirmed needs (decision 087)
  const score = scoreSql(
    Prisma.sql`b.points`,
    Prisma.sql`b."peerScore"`,
    Prisma.sql`COALESCE(b.override, b."residentScore")`,
    round,
  );

  // joined on the member's primary key: fast whatever the planner's statistics say
  const removed = await tx.$executeRaw`
    DELETE FROM "StarRating" r
    USING "Member" m
    WHERE r."roundId" = ${round.id}::uuid AND m.id = r."memberId"
      AND NOT (m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE')`;

  const before = await tx.starRating.count({ where: { roundId: round.id } });
  // the year's activities first (hundreds): joining them in the big statement lets stale
  // statistics pick a nested loop over every attendance record per activity
  const activities = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM "Activity" a
    WHERE a."communityId" = ${communityId}::uuid AND a."startsAt" >= ${from} AND a."startsAt" < ${to}`;
  // One grouping over a union instead of joins of aggregates: right after a bulk import the
  // statistics are stale, and joins estimated at one row each become nested loops (n² work).
  const written = await tx.$executeRaw`
    WITH u AS (
      SELECT m.id AS "memberId", 0 AS points, 0 AS activities, NULL::int AS peer, NULL::int AS override, NULL::numeric AS rated, true AS active
      FROM "Member" m
      WHERE m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE'
      UNION ALL
      SELECT e."memberId", e.amount, 0, NULL, NULL, NULL, false
      FROM "PointsEntry" e
      WHERE e."communityId" = ${communityId}::uuid AND e.kind IN ('EARN', 'ADJUST')
        AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      UNION ALL
      SELECT ar."memberId", 0, 1, NULL, NULL, NULL, false
      FROM "ActivityRecord" ar
      WHERE ar."communityId" = ${communityId}::uuid AND ar.status = 'CONFIRMED'
        AND ar."activityId" = ANY(${activities.map((a) => a.id)}::uuid[])
      UNION ALL
      SELECT r."memberId", 0, 0, r."peerScore", r."residentScoreOverride", NULL, false
      FROM "StarRating" r
      WHERE r."roundId" = ${round.id}::uuid
      UNION ALL
      -- each confirmed need the member was credited for in the year, rated 1–5 by the resident: × 20
      SELECT c."memberId", 0, 0, NULL, NULL, (n.rating * 20)::numeric, false
      FROM "NeedClaim" c JOIN "Need" n ON n.id = c."needId"
      WHERE c."creditedAt" >= ${from} AND c."creditedAt" < ${to} AND n.rating IS NOT NULL
        AND c."memberId" IN (SELECT m.id FROM "Member" m WHERE m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE')
    ), b AS (
      SELECT u."memberId", SUM(u.points)::int AS points, SUM(u.activities)::int AS activities, MAX(u.peer) AS "peerScore", MAX(u.override) AS override, ROUND(AVG(u.rated))::int AS "residentScore"
      FROM u
      GROUP BY u."memberId"
      HAVING bool_or(u.active)
    ), s AS (
      SELECT b."memberId", b.points, b.activities, b."residentScore", ${score} AS score FROM b
    )
    INSERT INTO "StarRating" ("id", "roundId", "memberId", "communityId", "year", "points", "activities", "residentScore", "score", "stars", "updatedAt")
    SELECT ${UUID_V7_SQL}, ${round.id}::uuid, s."memberId", ${communityId}::uuid, ${year}::int, s.points, s.activities, s."residentScore", s.score,
           ${starsSql(Prisma.sql`s.score`, round)}, now()
    FROM s
    ON CONFLICT ("roundId", "memberId") DO UPDATE
      SET "points" = EXCLUDED."points", "activities" = EXCLUDED."activities", "residentScore" = EXCLUDED."residentScore", "score" = EXCLUDED."score", "stars" = EXCLUDED."stars", "updatedAt" = EXCLUDED."updatedAt"
      WHERE ("StarRating"."points", "StarRating"."activities", "StarRating"."residentScore", "StarRating"."score", "StarRating"."stars")
        IS DISTINCT FROM (EXCLUDED."points", EXCLUDED."activities", EXCLUDED."residentScore", EXCLUDED."score", EXCLUDED."stars")`;

  const byStars = await tx.starRating.groupBy({ by: ["stars"], where: { roundId: round.id }, _count: { _all: true } });
  const counts = [0, 0, 0, 0, 0, 0];
  for (const group of byStars) counts[group.stars] = group._count._all;
  const rated = counts.reduce((sum, n) => sum + n, 0);
  const computedAt = new Date();
  await tx.starRatingRound.update({ where: { id: round.id }, data: { computedAt } });
  const result = { roundId: round.id, year, rated, added: rated - before, removed, changed: written, byStars: counts };
  await recordAudit(tx, {
    actorId,
    action: "rating.compute",
    entityType: "StarRatingRound",
    entityId: round.id,
    scopeOrgId: communityId,
    after: { year, status: round.status, rated, added: result.added, removed, changed: written, byStars: counts },
  });
  return result;
}

/**
 * (Re)computes the draft of a community's round of `year` without authorization: for the district
 * benchmark and jobs that have already decided who may do it. Creates the round with the default
 * rule if the year has none. Refused once the round is final.
 */
export async function computeRatingDraftForCommunity(options: { communityId: string; year: number; actorId?: string | null }) {
  return db().$transaction((tx) => computeInTx(tx, options.communityId, options.year, options.actorId ?? null), {
    timeout: COMPUTE_TIMEOUT_MS,
    maxWait: 30_000,
  });
}

export type ComputeRatingDraftOptions = { actor: Actor; input: { year: number } };

/** The secretary (re)computes the draft of their community's round (in DRAFT or during the public notice period). */
export async function computeRatingDraft({ actor, input }: ComputeRatingDraftOptions) {
  const community = authorize(actor, "ratings.manage");
  return computeRatingDraftForCommunity({ communityId: community.orgId, year: input.year, actorId: actor.userId });
}
