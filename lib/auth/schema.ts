import { z } from "zod";
import "../validation/zod-config.ts";

/** Mainland mobile number: 11 digits starting with 1[3-9]. Messages are i18n keys. */
export const phoneSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^1[3-9]\d{9}$/, "validation.phone");

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(8, "validation.passwordLength")
  .max(128, "validation.passwordLength");

export const signInSchema = z.object({
  phone: phoneSchema,
  password: z.string({ error: "validation.required" }).min(1, "validation.required").max(128),
});
export type SignInInput = z.infer<typeof signInSchema>;
