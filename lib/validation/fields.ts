// The one set of strict parsers for what arrives from outside: form fields (server actions) and
// query parameters (pages). Messages are i18n keys. Nothing is coerced: "0x10", "1e3", " 12 ",
// "+5" and "1.0" are not whole numbers, 2027-02-30 is not a date, and text never carries NUL or
// other control characters. Shared by the forms and the server.
import { z } from "zod";
import "./zod-config.ts";
import { parseLocalDate, parseLocalDateTime, type YearBounds } from "../time.ts";

/** Control characters other than tab and line breaks (which multi-line text may hold). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?(\d{1,15}(\.\d{1,6})?|\.\d{1,6})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** A field that must be there: missing (or not text, e.g. a file) → "required". */
const present = (required = "validation.required") =>
  z.string({ error: required }).refine((v) => !CONTROL.test(v), "validation.controlCharacters");

/** Text typed by a person: trimmed, not empty, at most `max` characters, no control characters. */
export function requiredText(max = 100) {
  return present().trim().min(1, "validation.required").max(max, "validation.tooLong");
}

/** Optional text: empty becomes undefined. */
export function optionalText(max = 200) {
  return z.preprocess(blankToUndefined, requiredText(max).optional());
}

/** An id of one of our rows: anything that is not a uuid is simply not found (never a 500). */
export const idSchema = z.string({ error: "errors.notFound" }).regex(UUID, "errors.notFound").toLowerCase();

/** An id picked from a list (a member, a category): missing or malformed → "choose one". */
export const selectedId = z.string({ error: "validation.required" }).regex(UUID, "validation.required").toLowerCase();

/** An optional id: empty becomes undefined, anything else must be a uuid. */
export const optionalId = (message = "errors.notFound") =>
  z.preprocess(blankToUndefined, z.string({ error: message }).regex(UUID, message).toLowerCase().optional());

function numberField(pattern: RegExp, notMatching: (value: string) => string) {
  return z.string({ error: "validation.required" }).transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!pattern.test(value)) {
      ctx.addIssue({ code: "custom", message: notMatching(value) });
      return z.NEVER;
    }
    return Number(value);
  });
}

/** A whole number in [min, max], written plainly (digits, an optional minus). */
export function integer(min: number, max: number, rangeKey = "validation.invalid") {
  return numberField(INTEGER, (v) => (DECIMAL.test(v) ? "validation.wholeNumber" : "validation.number")).pipe(
    z.number().min(min, rangeKey).max(max, rangeKey),
  );
}

/** A decimal in [min, max] (digits, one optional point), optionally in steps of `step`. */
export function decimal(min: number, max: number, options: { rangeKey?: string; step?: number; stepKey?: string } = {}) {
  const { rangeKey = "validation.invalid", step, stepKey = "validation.invalid" } = options;
  const inRange = z.number().min(min, rangeKey).max(max, rangeKey);
  return numberField(DECIMAL, () => "validation.number").pipe(step ? inRange.multipleOf(step, stepKey) : inRange);
}

/** An optional whole number: empty becomes undefined. */
export function optionalInteger(min: number, max: number, rangeKey = "validation.invalid") {
  return z.preprocess(blankToUndefined, integer(min, max, rangeKey).optional());
}

/** A year field: four digits within the bounds (see `parseYear` for query parameters). */
export function yearField(bounds: Pick<YearBounds, "min" | "max">, message = "validation.invalid") {
  return z
    .string({ error: message })
    .regex(/^\d{4}$/, message)
    .transform(Number)
    .pipe(z.number().min(bounds.min, message).max(bounds.max, message));
}

/** A datetime-local field, Beijing time: "2026-12-01T09:00" → the instant; a day that does not exist is refused. */
export const localDateTime = z
  .string({ error: "validation.required" })
  .min(1, "validation.required")
  .transform((value, ctx) => {
    const date = parseLocalDateTime(value);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? "validation.noSuchDate" : "validation.dateTime",
      });
      return z.NEVER;
    }
    return date;
  });

/** A date field, Beijing time: "2026-12-01" → its midnight; a day that does not exist is refused. */
export const localDate = z
  .string({ error: "validation.required" })
  .min(1, "validation.required")
  .transform((value, ctx) => {
    const date = parseLocalDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: /^\d{4}-\d{2}-\d{2}$/.test(value) ? "validation.noSuchDate" : "validation.date" });
      return z.NEVER;
    }
    return date;
  });

/** A field that may arrive once, several times or not at all, as a list of strings. */
export function repeated<T extends z.ZodType>(item: T, max = 50) {
  return z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max, "validation.tooMany"),
  );
}

/** A list of short texts (tags, checkbox values). */
export const stringList = repeated(
  z
    .string()
    .trim()
    .max(100, "validation.tooLong")
    .refine((v) => !CONTROL.test(v)),
);

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

// ---- query parameters: a bad value is dropped (the page shows its default), never an error ----

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (a repeated `?a=1&a=2` uses the first). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const MAX_PAGE = 10_000;

/** `?page=`: digits only, 1 or more; anything else is page 1, and beyond the last possible page is clamped. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = firstParam(value);
  if (!raw || !/^\d{1,9}$/.test(raw)) return 1;
  return Math.min(Math.max(1, Number(raw)), MAX_PAGE);
}

/** `?page=` inside a zod schema of query parameters. */
export const pageParam = z.preprocess((v) => parsePage(typeof v === "string" ? v : undefined), z.number());

/** An optional uuid query parameter (`?category=`): anything else is dropped. */
export function parseIdParam(value: string | string[] | undefined): string | undefined {
  const raw = firstParam(value)?.trim();
  return raw && UUID.test(raw) ? raw.toLowerCase() : undefined;
}

/** A search box `?q=`: trimmed, at most `max` characters, control characters removed. */
export function parseQueryText(value: string | string[] | undefined, max = 50): string | undefined {
  const text = firstParam(value)?.replace(new RegExp(CONTROL.source, "g"), "").trim().slice(0, max);
  return text || undefined;
}

/** `?q=` inside a zod schema of query parameters (a NUL would fail the query in PostgreSQL). */
export const queryTextParam = z.preprocess(
  (v) => parseQueryText(typeof v === "string" || Array.isArray(v) ? (v as string | string[]) : undefined),
  z.string().optional(),
);
