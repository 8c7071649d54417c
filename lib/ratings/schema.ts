import { z } from "zod";
import { idSchema, integer, optionalText, requiredText, yearField as boundedYear } from "../validation/fields.ts";
import { FIRST_YEAR, LAST_YEAR } from "../time.ts";
import { ANSWER_MAX, REASON_MAX } from "./limits.ts";

export const THRESHOLD_MAX = 1000;
export const STANDARD_TEXT_MAX = 2000;
export { ANSWER_MAX, REASON_MAX };
export const STORY_MAX = 500;
export const SCORE_MAX = 100;
export const PUBLICITY_DAYS_MIN = 1;
export const PUBLICITY_DAYS_MAX = 30;
/** Members honoured on the honour roll (荣誉榜): 3, 4 and 5 stars. */
export const HONOUR_MIN_STARS = 3;

/** The rule a new round starts with (the secretary reviews it before computing). */
export const DEFAULT_RULE = {
  thresholds: [10, 20, 40, 60, 80],
  pointsWeight: 100,
  peerWeight: 0,
  residentWeight: 0,
  publicityDays: 7,
} as const;

const yearField = boundedYear({ min: FIRST_YEAR, max: LAST_YEAR });

const threshold = integer(0, THRESHOLD_MAX, "ratings.thresholdRange");
const weight = integer(0, 100, "ratings.weightRange");

export const THRESHOLD_FIELDS = ["threshold1", "threshold2", "threshold3", "threshold4", "threshold5"] as const;

/** The rule of a year's rating: thresholds for 1–5 stars, weights, the public notice period and the standard. */
export const ratingRuleSchema = z
  .object({
    year: yearField,
    threshold1: threshold,
    threshold2: threshold,
    threshold3: threshold,
    threshold4: threshold,
    threshold5: threshold,
    pointsWeight: weight,
    peerWeight: weight,
    residentWeight: weight,
    publicityDays: integer(PUBLICITY_DAYS_MIN, PUBLICITY_DAYS_MAX, "ratings.publicityDaysRange"),
    standardText: optionalText(STANDARD_TEXT_MAX),
  })
  .superRefine((v, ctx) => {
    for (let i = 1; i < THRESHOLD_FIELDS.length; i++) {
      if (v[THRESHOLD_FIELDS[i]] <= v[THRESHOLD_FIELDS[i - 1]]) {
        ctx.addIssue({ code: "custom", path: [THRESHOLD_FIELDS[i]], message: "ratings.thresholdsAscending" });
      }
    }
    if (v.pointsWeight + v.peerWeight + v.residentWeight !== 100) {
      ctx.addIssue({ code: "custom", path: ["pointsWeight"], message: "ratings.weightsSum" });
    }
  })
  .transform((v) => ({
    year: v.year,
    thresholds: THRESHOLD_FIELDS.map((f) => v[f]),
    pointsWeight: v.pointsWeight,
    peerWeight: v.peerWeight,
    residentWeight: v.residentWeight,
    publicityDays: v.publicityDays,
    standardText: v.standardText ?? null,
  }));
export type RatingRuleInput = z.infer<typeof ratingRuleSchema>;

export const ratingYearSchema = z.object({ year: yearField });

/** Score fields of the score table are named `peer_<ratingId>` and `resident_<ratingId>`. */
export const SCORE_FIELD = /^(peer|resident)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
export const scoreFieldName = (kind: "peer" | "resident", ratingId: string) => `${kind}_${ratingId}`;

export type ScoreRow = { ratingId: string; peerScore: number | null; residentScore: number | null };

/**
 * One page of the score table: for each rating on it, a peer and a residents' score (0–100),
 * empty meaning "not entered" (counted as 0). Errors are reported on the field itself.
 */
export const ratingScoresSchema = z
  .object({ year: yearField })
  .catchall(z.unknown())
  .transform((raw, ctx) => {
    const rows = new Map<string, ScoreRow>();
    for (const [key, value] of Object.entries(raw)) {
      const match = SCORE_FIELD.exec(key);
      if (!match) continue;
      const [, kind, id] = match;
      const ratingId = id.toLowerCase();
      const row = rows.get(ratingId) ?? { ratingId, peerScore: null, residentScore: null };
      rows.set(ratingId, row);
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") continue;
      const score = Number(text);
      if (!/^\d+$/.test(text) || !Number.isInteger(score) || score < 0 || score > SCORE_MAX) {
        ctx.addIssue({ code: "custom", path: [key], message: "ratings.scoreRange" });
        continue;
      }
      if (kind === "peer") row.peerScore = score;
      else row.residentScore = score;
    }
    if (rows.size > 500) ctx.addIssue({ code: "custom", path: ["year"], message: "validation.tooMany" });
    return { year: raw.year, rows: [...rows.values()] };
  });
export type RatingScoresInput = z.infer<typeof ratingScoresSchema>;

export const OBJECTION_ABOUT = ["MINE", "OTHER"] as const;

/** A member's objection during the public notice period (公示). */
export const fileObjectionSchema = z.object({
  roundId: idSchema,
  about: z.enum(OBJECTION_ABOUT, { error: "ratings.aboutRequired" }),
  reason: requiredText(REASON_MAX),
});
export type FileObjectionInput = z.infer<typeof fileObjectionSchema>;

export const answerObjectionSchema = z.object({ id: idSchema, answer: requiredText(ANSWER_MAX) });

/** An exemplary story (先进事迹) for the honour roll; empty removes it. */
export const ratingStorySchema = z.object({
  ratingId: idSchema,
  story: optionalText(STORY_MAX),
});
