// A confirmed need counts as a service (decision 087): in the member's record, the letters (count
// and list of services) and the star rating's residents' opinion (ratings × 20, averaged; the
// secretary's entry overrides it).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateLettersForCommunity } from "@/lib/letters/generate-letters";
import { parseServices } from "@/lib/letters/letter-rules";
import { getOwnServiceRecord } from "@/lib/members/service-record";
import { confirmNeed } from "@/lib/needs/confirm-need";
import { computeRatingDraft } from "@/lib/ratings/compute-rating-draft";
import { saveRatingRule } from "@/lib/ratings/save-rating-rule";
import { setRatingScores } from "@/lib/ratings/set-rating-scores";
import { ratingScoresSchema } from "@/lib/ratings/schema";
import { createWorkUnit } from "@/prisma/factories";
import { addClaim, createNeed, createNeedMember, type StreetWorld } from "../support/need-world";
import { ratingRule } from "../support/rating-rule";
import { createStreetWorld } from "../support/world";

const YEAR = new Date().getUTCFullYear() - 1;
const during = (month: number) => new Date(`${YEAR}-${String(month).padStart(2, "0")}-15T10:00:00+08:00`);

async function confirmedNeedFor(
  world: StreetWorld,
  memberId: string,
  rating: number,
  at: Date,
  kind: "WISH" | "SERVICE" = "WISH",
) {
  const { need, token } = await createNeed(world, { status: "DONE", kind });
  await addClaim(need.id, memberId, world.community.id, "DONE");
  await confirmNeed({ actor: null, input: { token, rating }, now: at });
  return need;
}

describe("a confirmed need counts as a service", () => {
  it("shows in the member's record: the need, its points in the ledger, and the totals", async () => {
    const world = await createStreetWorld();
    const m = await createNeedMember(world);
    await confirmedNeedFor(world, m.member.id, 5, new Date());
    const record = await getOwnServiceRecord({ actor: m.actor });
    expect(record?.needs).toHaveLength(1);
    expect(record?.needs[0]).toMatchObject({
      title: "帮办群众微心愿（" + record?.needs[0].category.nameZh + "）",
      rating: 5,
      hours: 1,
    });
    expect(record?.totals).toMatchObject({ balance: 5, needs: 1, needsThisYear: 1, hours: 1, activities: 0 });
    expect(record?.ledger[0]).toMatchObject({ kind: "EARN", amount: 5, reason: record?.needs[0].title });
    expect(JSON.stringify(record)).not.toMatch(/王阿姨|13900001111|2单元301/);
  });

  it("counts in the letters' service count and lists the need among the services, without the resident's details", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id, name: "东湖区人民医院", partyBranchName: "医院党支部" });
    const m = await createNeedMember(world);
    await db().member.update({
      where: { id: m.member.id },
      data: { employerUnitId: unit.id, employerLinkedAt: new Date("2020-01-01") },
    });
    await db().communitySettings.create({ data: { communityId: world.community.id, letterThreshold: 2 } });
    await confirmedNeedFor(world, m.member.id, 5, during(3));
    await generateLettersForCommunity({ communityId: world.community.id, year: YEAR, actorId: null });
    expect(await db().thankYouLetter.count({ where: { memberId: m.member.id } })).toBe(0);
    await confirmedNeedFor(world, m.member.id, 4, during(5), "SERVICE");
    await generateLettersForCommunity({ communityId: world.community.id, year: YEAR, actorId: null });
    const letter = await db().thankYouLetter.findFirstOrThrow({ where: { memberId: m.member.id } });
    expect(letter.activityCount).toBe(2);
    const services = parseServices(letter.services);
    expect(services.map((s) => s.title)).toEqual([
      expect.stringMatching(/^帮办群众微心愿/),
      expect.stringMatching(/^帮办群众服务需求/),
    ]);
    expect(JSON.stringify(letter)).not.toMatch(/王阿姨|13900001111|2单元301/);
  });

  it("gives the rating draft the residents' score from the ratings (× 20, averaged), with the secretary's entry as override", async () => {
    const world = await createStreetWorld();
    const a = await createNeedMember(world);
    const b = await createNeedMember(world);
    await confirmedNeedFor(world, a.member.id, 5, during(2));
    await confirmedNeedFor(world, a.member.id, 3, during(4));
    await confirmedNeedFor(world, a.member.id, 1, new Date(`${YEAR + 1}-01-02T10:00:00+08:00`)); // next year: not counted
    await saveRatingRule({
      actor: world.secretary,
      input: ratingRule(YEAR, { pointsWeight: 50, peerWeight: 0, residentWeight: 50 }),
    });
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const ra = await db().starRating.findFirstOrThrow({ where: { memberId: a.member.id, year: YEAR } });
    const rb = await db().starRating.findFirstOrThrow({ where: { memberId: b.member.id, year: YEAR } });
    // a: 10 points, residents (100 + 60) / 2 = 80 → 10 × 0.5 + 80 × 0.5 = 45
    expect(ra).toMatchObject({ points: 10, residentScore: 80, residentScoreOverride: null });
    expect(Number(ra.score)).toBe(45);
    expect(rb).toMatchObject({ points: 0, residentScore: null });
    await setRatingScores({
      actor: world.secretary,
      input: ratingScoresSchema.parse({ year: String(YEAR), [`resident_${ra.id}`]: "20" }),
    });
    const overridden = await db().starRating.findUniqueOrThrow({ where: { id: ra.id } });
    expect(overridden).toMatchObject({ residentScore: 80, residentScoreOverride: 20 });
    expect(Number(overridden.score)).toBe(15);
    // recomputing keeps the override and refreshes the score from needs
    await computeRatingDraft({ actor: world.secretary, input: { year: YEAR } });
    const again = await db().starRating.findUniqueOrThrow({ where: { id: ra.id } });
    expect(again).toMatchObject({ residentScore: 80, residentScoreOverride: 20 });
    expect(Number(again.score)).toBe(15);
    // clearing the override brings the residents' ratings back
    await setRatingScores({
      actor: world.secretary,
      input: ratingScoresSchema.parse({ year: String(YEAR), [`resident_${ra.id}`]: "" }),
    });
    expect(Number((await db().starRating.findUniqueOrThrow({ where: { id: ra.id } })).score)).toBe(45);
  });
});
