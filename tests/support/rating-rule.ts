import { ratingRuleSchema } from "@/lib/ratings/schema";

/** A year's rating rule as the secretary's form posts it: points only, thresholds 10/20/40/60/80. */
export function ratingRule(year: number, overrides: Partial<Record<string, string | number>> = {}) {
  return ratingRuleSchema.parse({
    year: String(year),
    threshold1: "10",
    threshold2: "20",
    threshold3: "40",
    threshold4: "60",
    threshold5: "80",
    pointsWeight: "100",
    peerWeight: "0",
    residentWeight: "0",
    publicityDays: "7",
    standardText: "按年度积分评定",
    ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, String(v)])),
  });
}
