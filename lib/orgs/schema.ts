import { z } from "zod";
import { checkbox, idSchema, optionalText, requiredText } from "../validation/fields.ts";

export const createOrgSchema = z.object({ parentId: idSchema, name: requiredText(60) });
export const renameOrgSchema = z.object({ id: idSchema, name: requiredText(60) });
export const moveOrgSchema = z.object({ id: idSchema, parentId: idSchema });
export const orgIdSchema = z.object({ id: idSchema });

const optionalPhone = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "validation.contactPhone")
    .optional(),
);

/** 统一社会信用代码: 18 characters, digits and capital letters without I, O, S, V, Z. */
const optionalCreditCode = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().toUpperCase() : v),
  z
    .string()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, "validation.creditCode")
    .optional(),
);

export const workUnitSchema = z.object({
  name: requiredText(80),
  partyBranchName: requiredText(80),
  contactName: optionalText(40),
  contactPhone: optionalPhone,
  address: optionalText(200),
  creditCode: optionalCreditCode,
  inArea: checkbox,
});
export type WorkUnitInput = z.infer<typeof workUnitSchema>;

export const updateWorkUnitSchema = workUnitSchema.extend({ id: idSchema });
export type UpdateWorkUnitInput = z.infer<typeof updateWorkUnitSchema>;

export const rejectWorkUnitSchema = z.object({ id: idSchema, reason: requiredText(200) });
