// In-process part of `npm run bench` (run with tsx): the sign-up storm and the batch jobs, calling
// the app's use cases directly against the bench database with the production pool size.
// Usage: tsx scripts/bench/jobs.ts <result.json>   (env: DATABASE_URL, DATABASE_POOL_SIZE,
// BENCH_COMMUNITY_ID, BENCH_STORM_SIZE, BENCH_STORM_CAPACITY, BENCH_YEAR, BENCH_SKIP_DISTRICT)
//
// The storm bypasses HTTP: 500 concurrent sign-ups through a real server action are hard to drive
// from outside (action ids, one session per member). Each call does what the action does after
// reading the session: load the actor (grants) and call signUpForActivity.
import { writeFileSync } from "node:fs";
import { loadActor } from "../../lib/auth/load-actor.ts";
import { signUpForActivity } from "../../lib/activities/sign-up-for-activity.ts";
import { db } from "../../lib/db.ts";

type Timed<T> = { ms: number; result?: T; error?: string };
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
  const t0 = performance.now();
  try {
    const result = await fn();
    return { ms: round(performance.now() - t0), result };
  } catch (error) {
    return { ms: round(performance.now() - t0), error: error instanceof Error ? error.message : String(error) };
  }
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(at(100)) };
}

/** An optional use case another module may not have yet: null when the module or export is missing. */
async function optional<T>(modulePath: string, name: string): Promise<T | null> {
  try {
    const exports = (await import(modulePath)) as Record<string, unknown>;
    return (exports[name] as T) ?? null;
  } catch (error) {
    if (
      error instanceof Error &&
      /Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${error.message} ${(error as { code?: string }).code}`)
    )
      return null;
    throw error;
  }
}

async function storm(communityId: string, size: number, capacity: number) {
  const prisma = db();
  const members = await prisma.$queryRaw<{ userId: string; grantId: string }[]>`
    SELECT m."userId"::text AS "userId", g.id::text AS "grantId"
    FROM "Member" m JOIN "RoleGrant" g ON g."userId" = m."userId" AND g.role = 'MEMBER' AND g."organizationId" = m."communityId"
    WHERE m."communityId" = ${communityId}::uuid AND m.status = 'ACTIVE'
    ORDER BY m.id LIMIT ${size}`;
  if (members.length < size) return { skipped: `only ${members.length} account holders in the community` };
  const category = await prisma.serviceCategory.findFirstOrThrow({ where: { code: "SECURITY" }, select: { id: true } });
  const now = Date.now();
  const newActivity = (title: string) =>
    prisma.activity.create({
      data: {
        communityId,
        categoryId: category.id,
        title,
        place: "社区广场",
        status: "PUBLISHED",
        capacity,
        startsAt: new Date(now + 3 * 86_400_000),
        endsAt: new Date(now + 3 * 86_400_000 + 7_200_000),
        signupDeadline: new Date(now + 2 * 86_400_000),
        points: 1,
        hours: 1,
        publishedAt: new Date(now),
      },
      select: { id: true },
    });
  const signUp = async (m: { userId: string; grantId: string }, activityId: string) => {
    const t0 = performance.now();
    const actor = await loadActor(m.userId, m.grantId);
    if (!actor) throw new Error("no actor");
    const t1 = performance.now();
    await signUpForActivity({ actor, input: { activityId } });
    return { actorMs: t1 - t0, signupMs: performance.now() - t1 };
  };
  const warm = await newActivity("基准测试：预热");
  const activity = await newActivity("基准测试：报名风暴");
  try {
    // a running server has compiled these queries long ago: warm the same path first (not timed)
    for (const m of members.slice(0, 20)) await signUp(m, warm.id);
    const t0 = performance.now();
    const calls = await Promise.all(members.map((m) => timed(() => signUp(m, activity.id))));
    const wallMs = round(performance.now() - t0);
    const errors: Record<string, number> = {};
    for (const call of calls) if (call.error) errors[call.error] = (errors[call.error] ?? 0) + 1;
    const counts = await prisma.signup.groupBy({ by: ["status"], where: { activityId: activity.id }, _count: { _all: true } });
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>;
    const { confirmedCount } = await prisma.activity.findUniqueOrThrow({
      where: { id: activity.id },
      select: { confirmedCount: true },
    });
    const confirmed = byStatus.CONFIRMED ?? 0;
    const ok = calls.filter((c) => c.result).map((c) => c.result!);
    return {
      calls: calls.length,
      capacity,
      wallMs,
      ...percentiles(calls.map((c) => c.ms)),
      actorP95: percentiles(ok.map((r) => r.actorMs)).p95,
      signupP95: percentiles(ok.map((r) => r.signupMs)).p95,
      errors: calls.filter((c) => c.error).length,
      errorKinds: errors,
      confirmed,
      waitlisted: byStatus.WAITLISTED ?? 0,
      confirmedCount,
      exactlyCapacity: confirmed === capacity && confirmedCount === capacity,
    };
  } finally {
    await prisma.signup.deleteMany({ where: { activityId: { in: [warm.id, activity.id] } } });
    await prisma.activity.deleteMany({ where: { id: { in: [warm.id, activity.id] } } });
  }
}

async function clearRatings(year: number, communityId?: string) {
  if (communityId) {
    await db()
      .$executeRaw`DELETE FROM "StarRating" WHERE "roundId" IN (SELECT id FROM "StarRatingRound" WHERE year = ${year}::int AND status = 'DRAFT' AND "communityId" = ${communityId}::uuid)`;
    await db()
      .$executeRaw`DELETE FROM "StarRatingRound" WHERE year = ${year}::int AND status = 'DRAFT' AND "communityId" = ${communityId}::uuid`;
  } else {
    await db()
      .$executeRaw`DELETE FROM "StarRating" WHERE "roundId" IN (SELECT id FROM "StarRatingRound" WHERE year = ${year}::int AND status = 'DRAFT')`;
    await db().$executeRaw`DELETE FROM "StarRatingRound" WHERE year = ${year}::int AND status = 'DRAFT'`;
  }
}

type ComputeDraft = (options: { communityId: string; year: number; actorId?: string | null }) => Promise<{ rated: number }>;
type GenerateLetters = (options: {
  communityId: string;
  year: number;
  actorId: string | null;
}) => Promise<{ created: number; existing: number }>;

async function ratings(communityId: string, year: number, skipDistrict: boolean) {
  const compute = await optional<ComputeDraft>("../../lib/ratings/compute-rating-draft.ts", "computeRatingDraftForCommunity");
  if (!compute) return { community: null, district: null };
  await clearRatings(year);
  const community = await timed(() => compute({ communityId, year, actorId: null }));
  if (skipDistrict)
    return { community: { ms: community.ms, rated: community.result?.rated, error: community.error }, district: null };
  await clearRatings(year);
  const communities = await db().organization.findMany({
    where: { kind: "COMMUNITY", archivedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let rated = 0;
  const district = await timed(async () => {
    for (const c of communities) rated += (await compute({ communityId: c.id, year, actorId: null })).rated;
  });
  return {
    community: { ms: community.ms, rated: community.result?.rated, error: community.error },
    district: { ms: district.ms, communities: communities.length, rated, error: district.error },
  };
}

async function letters(communityId: string, year: number) {
  const generate = await optional<GenerateLetters>("../../lib/letters/generate-letters.ts", "generateLettersForCommunity");
  if (!generate) return null;
  const cleared = await timed(
    () => db().$executeRaw`DELETE FROM "ThankYouLetter" WHERE "communityId" = ${communityId}::uuid AND year = ${year}::int`,
  );
  const run = await timed(() => generate({ communityId, year, actorId: null }));
  const members = await db().member.count({ where: { communityId } });
  return {
    ms: run.ms,
    members,
    created: run.result?.created,
    existing: run.result?.existing,
    error: run.error ?? cleared.error,
    cold: !cleared.error,
  };
}

const out = process.argv[2];
const communityId = process.env.BENCH_COMMUNITY_ID!;
const year = Number(process.env.BENCH_YEAR);
try {
  const result = {
    storm: await storm(communityId, Number(process.env.BENCH_STORM_SIZE ?? 500), Number(process.env.BENCH_STORM_CAPACITY ?? 30)),
    ratings: await ratings(communityId, year, process.env.BENCH_SKIP_DISTRICT === "1"),
    letters: await letters(communityId, year),
    year,
  };
  writeFileSync(out, JSON.stringify(result, null, 2));
} finally {
  await db().$disconnect();
}
