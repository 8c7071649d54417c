import { describe, expect, it } from "vitest";
import { ratingRule } from "../support/rating-rule";
import { ratingRuleSchema, ratingScoresSchema } from "@/lib/ratings/schema";

const YEAR = 2025;

const rule = (overrides: Partial<Record<string, string | number>> = {}) => ratingRule(YEAR, overrides);

function scores(entries: { ratingId: string; peer?: string; resident?: string }[]) {
  const raw: Record<string, string> = { year: String(YEAR) };
  for (const e of entries) {
    raw[`peer_${e.ratingId}`] = e.peer ?? "";
    raw[`resident_${e.ratingId}`] = e.resident ?? "";
  }
  return ratingScoresSchema.parse(raw);
}

describe("the rule", () => {
  it("requires strictly ascending thresholds in 0–1000 and weights adding up to 100", () => {
    const bad = ratingRuleSchema.safeParse({
      year: "2025",
      threshold1: "10",
      threshold2: "10",
      threshold3: "30",
      threshold4: "29",
      threshold5: "1001",
      pointsWeight: "50",
      peerWeight: "30",
      residentWeight: "30",
      publicityDays: "31",
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toMatchObject({
      threshold2: "ratings.thresholdsAscending",
      threshold4: "ratings.thresholdsAscending",
      threshold5: "ratings.thresholdRange",
      publicityDays: "ratings.publicityDaysRange",
    });
    const weights = ratingRuleSchema.safeParse({
      year: "2025",
      threshold1: "0",
      threshold2: "1",
      threshold3: "2",
      threshold4: "3",
      threshold5: "1000",
      pointsWeight: "50",
      peerWeight: "30",
      residentWeight: "30",
      publicityDays: "7",
    });
    expect(weights.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["pointsWeight", "ratings.weightsSum"]]);
    expect(rule({ standardText: "" })).toMatchObject({ thresholds: [10, 20, 40, 60, 80], pointsWeight: 100, standardText: null });
  });

  it("rejects scores outside 0–100 or not whole numbers, on the field itself", () => {
    const id = "0190a000-0000-7000-8000-000000000001";
    const result = ratingScoresSchema.safeParse({ year: "2025", [`peer_${id}`]: "101", [`resident_${id}`]: "7.5" });
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      [`peer_${id}`, "ratings.scoreRange"],
      [`resident_${id}`, "ratings.scoreRange"],
    ]);
    expect(scores([{ ratingId: id, peer: " 0 ", resident: "" }]).rows).toEqual([
      { ratingId: id, peerScore: 0, residentScore: null },
    ]);
  });
});
