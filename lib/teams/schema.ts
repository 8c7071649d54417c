import { z } from "zod";
import { checkbox, idSchema, optionalText, requiredText, selectedId } from "../validation/fields.ts";

export const teamSchema = z.object({
  name: requiredText(40),
  description: optionalText(500),
  leaderMemberId: selectedId,
});
export type TeamInput = z.infer<typeof teamSchema>;

export const teamIdSchema = z.object({ teamId: idSchema });
export type TeamIdInput = z.infer<typeof teamIdSchema>;

export const decideMembershipSchema = z.object({
  id: idSchema,
  accept: z.enum(["true", "false"], { error: "validation.invalid" }).transform((v) => v === "true"),
  core: checkbox,
});
export type DecideMembershipInput = z.infer<typeof decideMembershipSchema>;
