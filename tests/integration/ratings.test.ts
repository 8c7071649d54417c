import { describe, expect, it } from "vitest";
import { ratingRule } from "../support/rating-rule";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { answerObjection } from "@/lib/ratings/answer-objection";
import { computeRatingDraft, computeRatingDraftForCommunity } from "@/lib/ratings/compute-rating-draft";
import { fileObjection } from "@/lib/ratings/file-objection";
import { finalizeRatings } from "@/lib/ratings/finalize-ratings";
import { getHonourRoll } from "@/lib/ratings/get-honour-roll";
import { getMemberRatings } from "@/lib/ratings/get-member-ratings";
import { getRatingRound } from "@/lib/ratings/get-rating-round";
import { listRatings } from "@/lib/ratings/list-ratings";
import { saveRatingRule } from "@/lib/ratings/save-rating-rule";
import { ratingScoresSchema } from "@/lib/ratings/schema";
import { setRatingScores } from "@/lib/ratings/set-rating-scores";
import { setRatingStory } from "@/lib/ratings/set-rating-story";
import { startPublicity } from "@/lib/ratings/start-publicity";
import { createActivity, createMember, createUser, createWorkUnit } from "@/prisma/factories";
import { createMemberActors } from "../support/activity-world";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

const YEAR = 2025;
const DAY = 86_400_000;
/** An instant inside YEAR, in Beijing time. */
const inYear = (monthDay = "06-15", year = YEAR) => new Date(`${year}-${monthDay}T10:00:00+08:00`);

const rule = (overrides: Partial<Record<string, string | number>> = {}) => ratingRule(YEAR, overrides);

async function givePoints(
  world: World,
  memberId: string,
  amount: number,
  options: { kind?: "EARN" | "ADJUST" | "REDEEM" | "REFUND"; at?: Date; communityId?: string } = {},
) {
  await db().pointsEntry.create({
    data: {
      memberId,
      communityId: options.communityId ?? world.community.id,
      kind: options.kind ?? "EARN",
      amount,
      createdAt: options.at ?? inYear(),
      reason: "测试",
    },
  });
}

async function confirmedActivity(world: World, memberIds: string[], startsAt = inYear()) {
  const activity = await createActivity({
    communityId: world.community.id,
    category: "ENVIRONMENT",
    title: "楼道清洁",
    place: "社区活动中心",
    startsAt,
    signupDeadline: new Date(startsAt.getTime() - 3_600_000),
    publishedAt: startsAt,
  });
  await db().activityRecord.createMany({
    data: memberIds.map((memberId) => ({
      activityId: activity.id,
      memberId,
      communityId: world.community.id,
      status: "CONFIRMED" as const,
      confirmedAt: startsAt,
      points: 0,
    })),
  });
}

async function ratingOf(memberId: string, year = YEAR) {
  return db().starRating.findFirstOrThrow({ where: { memberId, year } });
}

/** Score fields as the score table's form sends them. */
function scores(entries: { ratingId: string; peer?: string; resident?: string }[]) {
  const raw: Record<string, string> = { year: String(YEAR) };
  for (const e of entries) {
    raw[`peer_${e.ratingId}`] = e.peer ?? "";
    raw[`resident_${e.ratingId}`] = e.resident ?? "";
  }
  return ratingScoresSchema.parse(raw);
}

/** A world with a saved rule, some members with accounts, and a computed draft in PUBLICITY. */
async function publishedWorld(memberCount = 2) {
  const world = await createStreetWorld();
  const members = await createMemberActors(world, memberCount);
  for (const [i, m] of members.entries()) await givePoints(world, m.memberId, 40 + i * 20);
  await saveRatingRule({ actor: world.secretary, input: rule() });
  await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
  const { roundId } = await startPublicity({ actor: world.secretary, input: { year: YEAR } });
  return { world, members, roundId };
}

async function moveWindow(roundId: string, start: Date, end: Date) {
  await db().starRatingRound.update({ where: { id: roundId }, data: { publicityStart: start, publicityEnd: end } });
}

describe("computing the draft", () => {
  it("gives the star of a threshold reached exactly, one less just below, 0 below the first", async () => {
    const world = await createStreetWorld();
    const cases = [
      [80, 5],
      [79, 4],
      [60, 4],
      [59, 3],
      [40, 3],
      [39, 2],
      [20, 2],
      [19, 1],
      [10, 1],
      [9, 0],
      [0, 0],
    ] as const;
    const members = [];
    for (const [points] of cases) {
      const m = await createMember({ communityId: world.community.id });
      if (points) await givePoints(world, m.id, points);
      members.push(m);
    }
    await saveRatingRule({ actor: world.secretary, input: rule() });
    const result = await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    expect(result).toMatchObject({ rated: cases.length, added: cases.length, removed: 0 });
    for (const [i, [points, stars]] of cases.entries()) {
      const rating = await ratingOf(members[i].id);
      expect({ points: rating.points, stars: rating.stars, score: Number(rating.score) }, `points ${points}`).toEqual({
        points,
        stars,
        score: points,
      });
    }
  });

  it("counts EARN and ADJUST points and confirmed activities of the Beijing calendar year only", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const m = await createMember({ communityId: world.community.id });
    await givePoints(world, m.id, 30);
    await givePoints(world, m.id, 5, { kind: "ADJUST" });
    await givePoints(world, m.id, 7, { at: new Date("2025-01-01T00:00:00+08:00") }); // first instant of the year
    await givePoints(world, m.id, 100, { at: new Date("2024-12-31T23:59:59+08:00") }); // Beijing 2024
    await givePoints(world, m.id, 100, { at: new Date("2026-01-01T00:00:00+08:00") }); // Beijing 2026
    await givePoints(world, m.id, -10, { kind: "REDEEM" }); // spending is not earning
    await givePoints(world, m.id, 10, { kind: "REFUND" });
    await givePoints(world, m.id, 100, { communityId: other.community.id }); // another community's points
    await confirmedActivity(world, [m.id]);
    await confirmedActivity(world, [m.id], new Date("2025-12-31T23:00:00+08:00"));
    await confirmedActivity(world, [m.id], new Date("2024-12-31T23:00:00+08:00"));
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    expect(await ratingOf(m.id)).toMatchObject({ points: 42, activities: 2, stars: 3 });
  });

  it("applies the weights, counting missing peer and residents' scores as 0", async () => {
    const world = await createStreetWorld();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createMember({ communityId: world.community.id })));
    for (const m of [a, b, c]) await givePoints(world, m.id, 50);
    await saveRatingRule({ actor: world.secretary, input: rule({ pointsWeight: 50, peerWeight: 30, residentWeight: 20 }) });
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const [ra, rb, rc] = await Promise.all([a, b, c].map((m) => ratingOf(m.id)));
    // before any scores: 50 × 0.5 = 25 → 2 stars
    expect([ra, rb, rc].map((r) => [Number(r.score), r.stars])).toEqual([
      [25, 2],
      [25, 2],
      [25, 2],
    ]);
    await setRatingScores({
      actor: world.secretary,
      input: scores([{ ratingId: ra.id, peer: "90", resident: "85" }, { ratingId: rb.id, peer: "100" }, { ratingId: rc.id }]),
    });
    // a: 25 + 27 + 17 = 69 → 4; b: 25 + 30 + 0 = 55 → 3; c: 25 → 2
    // the entered residents' score is the manual override (decision 087)
    expect(await ratingOf(a.id)).toMatchObject({ peerScore: 90, residentScoreOverride: 85, residentScore: null, stars: 4 });
    expect(Number((await ratingOf(a.id)).score)).toBe(69);
    expect(await ratingOf(b.id)).toMatchObject({ peerScore: 100, residentScoreOverride: null, stars: 3 });
    expect(Number((await ratingOf(b.id)).score)).toBe(55);
    expect(await ratingOf(c.id)).toMatchObject({ peerScore: null, residentScoreOverride: null, stars: 2 });

    // a new rule re-derives score and stars of the draft at once (no recompute needed)
    await saveRatingRule({
      actor: world.secretary,
      input: rule({ pointsWeight: 100, peerWeight: 0, residentWeight: 0, threshold3: 45 }),
    });
    expect(await ratingOf(a.id)).toMatchObject({ stars: 3, peerScore: 90 });
    expect(Number((await ratingOf(a.id)).score)).toBe(50);
    expect(await db().auditEvent.count({ where: { action: "rating.setScores", scopeOrgId: world.community.id } })).toBe(1);
  });

  it("recomputing keeps entered scores and stories, follows new points, adds newcomers and drops members who left", async () => {
    const world = await createStreetWorld();
    const stays = await createMember({ communityId: world.community.id });
    const leaves = await createMember({ communityId: world.community.id });
    await givePoints(world, stays.id, 40);
    await givePoints(world, leaves.id, 80);
    await saveRatingRule({ actor: world.secretary, input: rule({ pointsWeight: 80, peerWeight: 20 }) });
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const first = await ratingOf(stays.id);
    await setRatingScores({ actor: world.secretary, input: scores([{ ratingId: first.id, peer: "100" }]) });
    expect(await ratingOf(stays.id)).toMatchObject({ stars: 3 }); // 32 + 20 = 52
    await setRatingStory({ actor: world.secretary, input: { ratingId: first.id, story: "常年义务理发" } });

    await givePoints(world, stays.id, 20);
    await db().member.update({ where: { id: leaves.id }, data: { status: "MOVED_OUT", movedOutAt: new Date() } });
    const newcomer = await createMember({ communityId: world.community.id });
    const pending = await createMember({ communityId: world.community.id, status: "PENDING" });
    const result = await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });

    expect(result).toMatchObject({ rated: 2, added: 1, removed: 1 });
    const again = await ratingOf(stays.id);
    expect(again).toMatchObject({ id: first.id, points: 60, peerScore: 100, story: "常年义务理发", stars: 4 }); // 48 + 20 = 68
    expect(await db().starRating.count({ where: { memberId: { in: [leaves.id, pending.id] } } })).toBe(0);
    expect(await ratingOf(newcomer.id)).toMatchObject({ points: 0, stars: 0 });
    expect(await db().auditEvent.count({ where: { action: "rating.compute", scopeOrgId: world.community.id } })).toBe(2);
  });

  it("computes a 2,000-member community correctly and quickly", async () => {
    const world = await createStreetWorld();
    const N = 2000;
    await db().member.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        communityId: world.community.id,
        name: `党员${String(i).padStart(4, "0")}`,
        phone: `199${String(i).padStart(8, "0")}`,
        status: "ACTIVE" as const,
        verifiedAt: new Date(),
      })),
    });
    const members = await db().member.findMany({
      where: { communityId: world.community.id },
      orderBy: { name: "asc" },
      select: { id: true },
    });
    // member i earns i % 100 points, in two entries, one of them an adjustment
    const entries = members.flatMap((m, i) => {
      const points = i % 100;
      return points === 0
        ? []
        : [
            {
              memberId: m.id,
              communityId: world.community.id,
              kind: "EARN" as const,
              amount: points - Math.floor(points / 3),
              createdAt: inYear("03-01"),
            },
            {
              memberId: m.id,
              communityId: world.community.id,
              kind: "ADJUST" as const,
              amount: Math.floor(points / 3),
              createdAt: inYear("11-30"),
            },
          ];
    });
    for (let i = 0; i < entries.length; i += 2000) await db().pointsEntry.createMany({ data: entries.slice(i, i + 2000) });
    await saveRatingRule({ actor: world.secretary, input: rule() });

    const expected = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < N; i++) {
      const p = i % 100;
      expected[[10, 20, 40, 60, 80].filter((t) => p >= t).length] += 1;
    }
    const started = performance.now();
    const result = await computeRatingDraftForCommunity({ communityId: world.community.id, year: YEAR });
    const firstMs = performance.now() - started;
    expect(result.byStars).toEqual(expected);
    expect(result.rated).toBe(N);
    expect(expected).toEqual([200, 200, 400, 400, 400, 400]);

    const again = performance.now();
    const second = await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const secondMs = performance.now() - again;
    expect(second).toMatchObject({ rated: N, added: 0, removed: 0, changed: 0, byStars: expected });
    console.log(`[ratings] 2,000 members: first compute ${firstMs.toFixed(0)} ms, recompute ${secondMs.toFixed(0)} ms`);
    expect(firstMs).toBeLessThan(5_000);

    const overview = await getRatingRound({ actor: world.secretary, input: { year: YEAR } });
    expect(overview).toMatchObject({ rated: N, activeMembers: N, byStars: expected });
    const page = await listRatings({ actor: world.secretary, input: { year: YEAR, page: 2 } });
    expect(page).toMatchObject({ total: N, page: 2 });
    expect(page.rows).toHaveLength(page.pageSize);
  });
});

describe("the public notice period and objections", () => {
  it("refuses starting before computing, and the member list stays hidden while in draft", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await saveRatingRule({ actor: world.secretary, input: rule() });
    await expect(startPublicity({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.computeFirst",
    });
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    expect(await getMemberRatings({ actor: member })).toMatchObject({ state: "NONE" });
    expect(await getHonourRoll({ actor: member })).toMatchObject({ published: false });
  });

  it("accepts objections only inside the window", async () => {
    const { world, members, roundId } = await publishedWorld();
    const [a] = members;
    const round = await db().starRatingRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.publicityEnd!.getTime() - round.publicityStart!.getTime()).toBe(7 * DAY);

    await moveWindow(roundId, new Date(Date.now() + DAY), new Date(Date.now() + 8 * DAY));
    await expect(fileObjection({ actor: a, input: { roundId, about: "MINE", reason: "积分有误" } })).rejects.toMatchObject({
      messageKey: "ratings.objectionNotOpen",
    });

    await moveWindow(roundId, new Date(Date.now() - 8 * DAY), new Date(Date.now() - 1000));
    await expect(fileObjection({ actor: a, input: { roundId, about: "MINE", reason: "积分有误" } })).rejects.toMatchObject({
      messageKey: "ratings.objectionClosed",
    });
    expect(await db().ratingObjection.count({ where: { roundId } })).toBe(0);

    await moveWindow(roundId, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    const filed = await fileObjection({ actor: a, input: { roundId, about: "MINE", reason: "积分有误" } });
    const objection = await db().ratingObjection.findUniqueOrThrow({ where: { id: filed.id } });
    expect(objection).toMatchObject({ memberId: a.memberId, status: "OPEN", ratingId: (await ratingOf(a.memberId)).id });
    const view = await getMemberRatings({ actor: a });
    expect(view).toMatchObject({ state: "PUBLISHED", canObject: true, mine: { points: 40, stars: 3 } });
    if (view.state === "PUBLISHED") {
      expect(view.objections).toHaveLength(1);
      expect(view.rows.filter((r) => r.isMine)).toHaveLength(1);
    }
    // the secretary's draft round of the next year is no round to object to
    await saveRatingRule({ actor: world.secretary, input: { ...rule(), year: YEAR + 1 } });
    const draft = await db().starRatingRound.findFirstOrThrow({ where: { communityId: world.community.id, year: YEAR + 1 } });
    await expect(fileObjection({ actor: a, input: { roundId: draft.id, about: "OTHER", reason: "x" } })).rejects.toMatchObject({
      messageKey: "ratings.objectionNotOpen",
    });
  });

  it("finalizes only after the window ended and every objection is answered; then everything but stories is read-only", async () => {
    const { world, members, roundId } = await publishedWorld();
    const [a, b] = members;
    const { id } = await fileObjection({ actor: a, input: { roundId, about: "OTHER", reason: `${b.name} 的活动次数有误` } });
    const ratingB = await ratingOf(b.memberId);

    await expect(finalizeRatings({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.windowNotOver",
    });
    // during the notice period: scores may change in answer to an objection, the rule may not
    await setRatingScores({ actor: world.secretary, input: scores([{ ratingId: ratingB.id, peer: "50" }]) });
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    await expect(saveRatingRule({ actor: world.secretary, input: rule() })).rejects.toMatchObject({
      messageKey: "ratings.ruleLocked",
    });

    await moveWindow(roundId, new Date(Date.now() - 8 * DAY), new Date(Date.now() - 1000));
    await expect(finalizeRatings({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.objectionsOpen",
    });
    await answerObjection({ actor: world.secretary, input: { id, answer: "已核实，活动次数无误。" } });
    await expect(answerObjection({ actor: world.secretary, input: { id, answer: "again" } })).rejects.toMatchObject({
      messageKey: "ratings.objectionAlreadyAnswered",
    });
    expect(await db().ratingObjection.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ANSWERED",
      answer: "已核实，活动次数无误。",
      answeredById: world.secretary.userId,
    });

    await finalizeRatings({ actor: world.secretary, input: { year: YEAR } });
    expect(await db().starRatingRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      status: "FINAL",
      finalizedById: world.secretary.userId,
    });
    const before = await db().starRating.findMany({ where: { roundId }, orderBy: { id: "asc" } });

    await expect(finalizeRatings({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.alreadyFinal",
    });
    await expect(computeRatingDraft({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.finalReadOnly",
    });
    await expect(computeRatingDraftForCommunity({ communityId: world.community.id, year: YEAR })).rejects.toMatchObject({
      messageKey: "ratings.finalReadOnly",
    });
    await expect(
      setRatingScores({ actor: world.secretary, input: scores([{ ratingId: ratingB.id, peer: "99" }]) }),
    ).rejects.toMatchObject({ messageKey: "ratings.finalReadOnly" });
    await expect(saveRatingRule({ actor: world.secretary, input: rule() })).rejects.toMatchObject({
      messageKey: "ratings.ruleLocked",
    });
    await expect(startPublicity({ actor: world.secretary, input: { year: YEAR } })).rejects.toMatchObject({
      messageKey: "ratings.publicityAlreadyStarted",
    });
    await expect(fileObjection({ actor: b, input: { roundId, about: "MINE", reason: "晚了" } })).rejects.toMatchObject({
      messageKey: "ratings.objectionClosed",
    });
    await givePoints(world, b.memberId, 30);
    expect(await db().starRating.findMany({ where: { roundId }, orderBy: { id: "asc" } })).toEqual(before);

    // stories stay editable for the honour roll, for 3–5-star members only
    await setRatingStory({ actor: world.secretary, input: { ratingId: ratingB.id, story: "带头清理楼道杂物" } });
    const roll = await getHonourRoll({ actor: a, input: { year: YEAR } });
    expect(roll).toMatchObject({ published: true, status: "FINAL", honoured: 2, standardText: "按年度积分评定" });
    if (roll.published) {
      expect(roll.groups.map((g) => [g.stars, g.members.map((m) => m.name)])).toEqual([
        [5, []],
        [4, [b.name]],
        [3, [a.name]],
      ]);
      expect(roll.groups[1].members[0].story).toBe("带头清理楼道杂物");
    }

    const actions = (
      await db().auditEvent.findMany({
        where: { scopeOrgId: world.community.id, entityType: "StarRatingRound" },
        orderBy: { id: "asc" },
      })
    ).map((e) => e.action);
    expect(new Set(actions)).toEqual(
      new Set([
        "rating.saveRule",
        "rating.compute",
        "rating.startPublicity",
        "rating.setScores",
        "rating.answerObjection",
        "rating.finalize",
        "rating.setStory",
      ]),
    );
  });

  it("refuses stories for members below 3 stars", async () => {
    const world = await createStreetWorld();
    const m = await createMember({ communityId: world.community.id });
    await givePoints(world, m.id, 39);
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const rating = await ratingOf(m.id);
    expect(rating.stars).toBe(2);
    await expect(setRatingStory({ actor: world.secretary, input: { ratingId: rating.id, story: "x" } })).rejects.toMatchObject({
      fieldErrors: { story: "ratings.storyOnlyHonoured" },
    });
  });
});

describe("scope", () => {
  it("another community's secretary or member, a guessed id, or a unit admin gets nothing", async () => {
    const { world, members, roundId } = await publishedWorld();
    const other = await createStreetWorld();
    const [stranger] = await createMemberActors(other, 1);
    const [a] = members;
    const { id: objectionId } = await fileObjection({ actor: a, input: { roundId, about: "MINE", reason: "积分有误" } });
    const rating = await ratingOf(a.memberId);

    // another community's member: the round id is not theirs
    await expect(fileObjection({ actor: stranger, input: { roundId, about: "OTHER", reason: "x" } })).rejects.toThrow(
      NotFoundError,
    );
    expect(await getMemberRatings({ actor: stranger })).toMatchObject({ state: "NONE" });
    expect(await getHonourRoll({ actor: stranger, input: { year: YEAR } })).toMatchObject({ published: false });
    // guessed ids
    await expect(
      fileObjection({ actor: a, input: { roundId: "0190a000-0000-7000-8000-000000000000", about: "OTHER", reason: "x" } }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      answerObjection({ actor: world.secretary, input: { id: "0190a000-0000-7000-8000-000000000000", answer: "x" } }),
    ).rejects.toThrow(NotFoundError);

    // another community's secretary: not found, and its own year stays untouched
    await expect(answerObjection({ actor: other.secretary, input: { id: objectionId, answer: "x" } })).rejects.toThrow(
      NotFoundError,
    );
    await expect(setRatingStory({ actor: other.secretary, input: { ratingId: rating.id, story: "x" } })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      setRatingScores({ actor: other.secretary, input: scores([{ ratingId: rating.id, peer: "1" }]) }),
    ).rejects.toThrow(NotFoundError);
    await computeRatingDraft({ actor: other.secretary, input: { year: YEAR } });
    await expect(
      setRatingScores({ actor: other.secretary, input: scores([{ ratingId: rating.id, peer: "1" }]) }),
    ).rejects.toThrow(NotFoundError);
    await expect(finalizeRatings({ actor: other.secretary, input: { year: YEAR + 1 } })).rejects.toThrow(NotFoundError);
    expect((await listRatings({ actor: other.secretary, input: { year: YEAR } })).rows.map((r) => r.member.id)).toEqual([
      stranger.memberId,
    ]);
    expect(await ratingOf(a.memberId)).toMatchObject({ peerScore: null, story: null });
    expect(await db().ratingObjection.findUniqueOrThrow({ where: { id: objectionId } })).toMatchObject({ status: "OPEN" });

    // members cannot act as secretaries; a unit admin is neither
    await expect(computeRatingDraft({ actor: a, input: { year: YEAR } })).rejects.toThrow(ForbiddenError);
    await expect(answerObjection({ actor: a, input: { id: objectionId, answer: "x" } })).rejects.toThrow(ForbiddenError);
    const unit = await createWorkUnit({ streetId: world.street.id });
    const unitAdmin: Actor = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
    await expect(getHonourRoll({ actor: unitAdmin, input: { year: YEAR } })).rejects.toThrow(ForbiddenError);
    await expect(getMemberRatings({ actor: unitAdmin })).rejects.toThrow(ForbiddenError);
    await expect(fileObjection({ actor: unitAdmin, input: { roundId, about: "OTHER", reason: "x" } })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(getRatingRound({ actor: unitAdmin, input: { year: YEAR } })).rejects.toThrow(ForbiddenError);
    await expect(computeRatingDraft({ actor: world.admin, input: { year: YEAR } })).rejects.toThrow(ForbiddenError);
  });
});
