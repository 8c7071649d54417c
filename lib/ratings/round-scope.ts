import { db, Prisma, type StarRatingRound, type Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { DEFAULT_RULE } from "./schema.ts";

export type RoundRule = Pick<StarRatingRound, "thresholds" | "pointsWeight" | "peerWeight" | "residentWeight">;

/** What the audit log keeps of a round's rule. */
export function ruleSnapshot(round: RoundRule & Pick<StarRatingRound, "publicityDays" | "standardText">) {
  return {
    thresholds: round.thresholds,
    pointsWeight: round.pointsWeight,
    peerWeight: round.peerWeight,
    residentWeight: round.residentWeight,
    publicityDays: round.publicityDays,
    standardText: round.standardText,
  };
}

/** The round's rule, or the default rule for a year without a round yet. */
export function ruleOf(round: (RoundRule & Pick<StarRatingRound, "publicityDays" | "standardText">) | null) {
  return round ? ruleSnapshot(round) : { ...DEFAULT_RULE, thresholds: [...DEFAULT_RULE.thresholds], standardText: null };
}

/**
 * The score of a rating, in SQL so that computing 100,000 ratings is one statement:
 * points × pointsWeight/100 + peer × peerWeight/100 + residents × residentWeight/100, a missing
 * peer or residents' score counting as 0, rounded to 2 decimals and kept inside Decimal(6,2).
 * This is the only place the formula is written down.
 */
export function scoreSql(points: Prisma.Sql, peer: Prisma.Sql, resident: Prisma.Sql, rule: RoundRule): Prisma.Sql {
  return Prisma.sql`GREATEST(LEAST(ROUND(
    (${points}::numeric * ${rule.pointsWeight}::int
      + COALESCE(${peer}, 0)::numeric * ${rule.peerWeight}::int
      + COALESCE(${resident}, 0)::numeric * ${rule.residentWeight}::int) / 100, 2), 9999.99), -9999.99)`;
}

/** The residents' opinion a score uses: the secretary's override, else the score from confirmed needs' ratings. */
export const RESIDENT_SCORE_SQL = Prisma.sql`COALESCE(r."residentScoreOverride", r."residentScore")`;

/** Stars = the number of thresholds reached; the thresholds ascend, so this is the highest one reached (0 below the first). */
export function starsSql(score: Prisma.Sql, rule: RoundRule): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM unnest(${rule.thresholds}::int[]) AS t(v) WHERE ${score} >= t.v)`;
}

/** A time-ordered UUID (v7) made by PostgreSQL 13+, like the ids Prisma makes, for set-based inserts. */
export const UUID_V7_SQL = Prisma.sql`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

/** Recomputes score and stars from the stored points and scores (after a rule or score change). */
export async function rescoreRatings(tx: Tx, round: RoundRule & { id: string }, ratingIds?: string[]) {
  const only = ratingIds ? Prisma.sql`AND r.id = ANY(${ratingIds}::uuid[])` : Prisma.empty;
  // the secretary's entry wins over the residents' ratings of the member's confirmed needs (decision 087)
  const score = scoreSql(Prisma.sql`r.points`, Prisma.sql`r."peerScore"`, RESIDENT_SCORE_SQL, round);
  return tx.$executeRaw`
    UPDATE "StarRating" AS target
    SET score = x.score, stars = ${starsSql(Prisma.sql`x.score`, round)}, "updatedAt" = now()
    FROM (SELECT r.id, ${score} AS score FROM "StarRating" r WHERE r."roundId" = ${round.id}::uuid ${only}) AS x
    WHERE target.id = x.id AND (target.score, target.stars) IS DISTINCT FROM (x.score, ${starsSql(Prisma.sql`x.score`, round)})`;
}

/**
 * Locks the round of a community and year (or by id, still inside the community) for the rest of
 * the transaction: status changes, computing, scores and objections never interleave. A round
 * of another community is simply not there.
 */
export async function lockRound(
  tx: Tx,
  where: { communityId: string } & ({ year: number } | { id: string }),
  mode: "UPDATE" | "SHARE" = "UPDATE",
) {
  const match = "year" in where ? Prisma.sql`"year" = ${where.year}::int` : Prisma.sql`"id" = ${where.id}::uuid`;
  const lock = mode === "UPDATE" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "StarRatingRound" WHERE "communityId" = ${where.communityId}::uuid AND ${match} ${lock}`;
  return row ? tx.starRatingRound.findUniqueOrThrow({ where: { id: row.id } }) : null;
}

/** The round of a year, created with the default rule when the year has none yet, and locked. */
export async function lockOrCreateRound(tx: Tx, communityId: string, year: number) {
  await tx.$executeRaw`
    INSERT INTO "StarRatingRound" ("id", "communityId", "year", "thresholds", "pointsWeight", "peerWeight", "residentWeight", "publicityDays", "updatedAt")
    VALUES (${UUID_V7_SQL}, ${communityId}::uuid, ${year}::int, ${[...DEFAULT_RULE.thresholds]}::int[], ${DEFAULT_RULE.pointsWeight}::int, ${DEFAULT_RULE.peerWeight}::int, ${DEFAULT_RULE.residentWeight}::int, ${DEFAULT_RULE.publicityDays}::int, now())
    ON CONFLICT ("communityId", "year") DO NOTHING`;
  const round = await lockRound(tx, { communityId, year });
  if (!round) throw new Error("the rating round vanished");
  return round;
}

/** Scores, the draft and the rule may change until the round is final. */
export function refuseFinal(round: { status: string }) {
  if (round.status === "FINAL") throw new UserFacingError("ratings.finalReadOnly");
}

export type WindowState = "NOT_STARTED" | "BEFORE" | "OPEN" | "ENDED";

/** Where the public notice period stands: objections are accepted only while OPEN. */
export function windowState(
  round: { status: string; publicityStart: Date | null; publicityEnd: Date | null },
  now = new Date(),
): WindowState {
  if (round.status === "DRAFT" || !round.publicityStart || !round.publicityEnd) return "NOT_STARTED";
  if (now < round.publicityStart) return "BEFORE";
  if (now >= round.publicityEnd) return "ENDED";
  return "OPEN";
}

/** The community's round of a year, without lock (pages). */
export async function findRound(communityId: string, year: number, client: Tx = db()) {
  return client.starRatingRound.findUnique({ where: { communityId_year: { communityId, year } } });
}

/** The newest round members may see (public notice or final), or that of `year` if it is published. */
export async function findPublishedRound(communityId: string, year?: number) {
  return db().starRatingRound.findFirst({
    where: { communityId, status: { in: ["PUBLICITY", "FINAL"] }, ...(year ? { year } : {}) },
    orderBy: { year: "desc" },
  });
}

/** Who the signed-in member is in the community (their ACTIVE roster entry), if anyone. */
export async function findActiveMember(userId: string, communityId: string, client: Tx = db()) {
  return client.member.findFirst({ where: { userId, communityId, status: "ACTIVE" }, select: { id: true, name: true } });
}
