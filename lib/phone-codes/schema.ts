import { z } from "zod";
import { passwordSchema, phoneSchema } from "../auth/schema.ts";

export const PHONE_CODE_PURPOSES = ["REGISTER", "RESET"] as const;

/** The six digits from the SMS, exactly. A missing field is an empty one, so the form's other checks still run. */
export const phoneCodeField = z.preprocess(
  (v) => v ?? "",
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .regex(/^(\d{6})?$/, "phoneCode.format"),
);

export const sendPhoneCodeSchema = z.object({
  phone: phoneSchema,
  purpose: z.enum(PHONE_CODE_PURPOSES, { error: "errors.checkForm" }),
});
export type SendPhoneCodeInput = z.infer<typeof sendPhoneCodeSchema>;

export const resetPasswordSchema = z
  .object({
    phone: phoneSchema,
    code: phoneCodeField,
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "validation.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "profile.passwordsDiffer" });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
