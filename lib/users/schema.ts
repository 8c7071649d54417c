import { z } from "zod";
import { idSchema, optionalText } from "../validation/fields.ts";
import { phoneSchema } from "../auth/schema.ts";
import { normalizePersonName } from "../members/person-name.ts";

export const ROLES = ["ADMIN", "SECRETARY", "MEMBER", "UNIT_ADMIN"] as const;

export const grantRoleSchema = z.object({
  phone: phoneSchema,
  /** only for a person who has no account yet */
  name: z.preprocess((v) => (typeof v === "string" ? normalizePersonName(v) : v), optionalText(40)),
  /** only for a person who has no account yet */
  password: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(8, "validation.passwordLength").max(128, "validation.passwordLength").optional(),
  ),
  role: z.enum(ROLES, { error: "validation.required" }),
  organizationId: idSchema,
});
export type GrantRoleInput = z.infer<typeof grantRoleSchema>;

export const revokeRoleSchema = z.object({ grantId: idSchema });
export const signOutUserSchema = z.object({ userId: idSchema });
