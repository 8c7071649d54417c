import { z } from "zod";
import { idSchema, optionalText } from "../actions/form-data.ts";
import { BODY_MAX, CLOSING_MAX, CONTRIBUTIONS_MAX, THRESHOLD_MAX, THRESHOLD_MIN, isLetterYear } from "./letter-rules.ts";

export const generateLettersSchema = z.object({
  year: z.coerce
    .number({ error: "letters.badYear" })
    .int("letters.badYear")
    .refine((y) => isLetterYear(y), "letters.badYear"),
});

export const letterSettingsSchema = z.object({
  threshold: z.coerce
    .number({ error: "validation.number" })
    .int("validation.wholeNumber")
    .min(THRESHOLD_MIN, "letters.thresholdRange")
    .max(THRESHOLD_MAX, "letters.thresholdRange"),
  closing: optionalText(CLOSING_MAX),
});

export const updateLetterSchema = z.object({
  id: idSchema,
  contributions: optionalText(CONTRIBUTIONS_MAX),
  body: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(BODY_MAX, "validation.tooLong"),
});

export const letterIdSchema = z.object({ id: idSchema });

/** All letters of a year as one PDF, made in the background. */
export const startLetterPdfJobSchema = generateLettersSchema;
export type StartLetterPdfJobInput = z.infer<typeof startLetterPdfJobSchema>;

/** The letters list: a year and a page. */
export const LETTERS_PAGE_SIZE = 50;
