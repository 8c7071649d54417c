import { z } from "zod";

/** FormData → plain object; repeated keys (checkbox groups, multi-selects) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** A form field that may arrive once, several times or not at all, as a list of strings. */
export const stringList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().trim().max(100)).max(50),
);

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** An optional text field: empty becomes undefined. */
export function optionalText(max = 200) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "validation.tooLong").optional(),
  );
}

export function requiredText(max = 100) {
  return z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");
}

export const idSchema = z.uuid({ error: "errors.notFound" });
