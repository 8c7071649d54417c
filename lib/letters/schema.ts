import { z } from "zod";
import { FIRST_YEAR, LAST_YEAR } from "../time.ts";
import { idSchema, integer, optionalText, requiredText, yearField } from "../validation/fields.ts";
import { BODY_MAX, CLOSING_MAX, CONTRIBUTIONS_MAX, THRESHOLD_MAX, THRESHOLD_MIN, isLetterYear } from "./letter-rules.ts";

export const generateLettersSchema = z.object({
  year: yearField({ min: FIRST_YEAR, max: LAST_YEAR }, "letters.badYear").refine((y) => isLetterYear(y), "letters.badYear"),
});

export const letterSettingsSchema = z.object({
  threshold: integer(THRESHOLD_MIN, THRESHOLD_MAX, "letters.thresholdRange"),
  closing: optionalText(CLOSING_MAX),
});

export const updateLetterSchema = z.object({
  id: idSchema,
  contributions: optionalText(CONTRIBUTIONS_MAX),
  body: requiredText(BODY_MAX),
});

export const letterIdSchema = z.object({ id: idSchema });

export type GenerateSummary = {
  year: number;
  threshold: number;
  /** letters written by this run */
  created: number;
  /** letters of the year that existed before this run (never touched) */
  existing: number;
  /** members at or above the threshold without an employer: listed, no letter */
  noAddressee: { id: string; name: string; activities: number }[];
  /** members with confirmed activities below the threshold */
  belowThreshold: number;
};

/** All letters of a year as one PDF, made in the background. */
export const startLetterPdfJobSchema = generateLettersSchema;
export type StartLetterPdfJobInput = z.infer<typeof startLetterPdfJobSchema>;

/** The letters list: a year and a page. */
export const LETTERS_PAGE_SIZE = 50;
