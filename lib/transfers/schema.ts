import { z } from "zod";
import { idSchema, optionalText, requiredText, selectedId } from "../validation/fields.ts";

/** A member asks to transfer to another community (where they now live). */
export const requestTransferSchema = z.object({
  toCommunityId: idSchema,
  gridId: selectedId,
  buildingId: selectedId,
  room: requiredText(20),
  note: optionalText(200),
});
export type RequestTransferInput = z.infer<typeof requestTransferSchema>;

/** The new community's secretary accepts, or declines with a reason. */
export const decideTransferSchema = z
  .object({
    id: idSchema,
    decision: z.enum(["accept", "decline"], { error: "validation.required" }),
    reason: optionalText(200),
  })
  .refine((v) => v.decision === "accept" || !!v.reason, { path: ["reason"], message: "transfers.reasonRequired" });
export type DecideTransferInput = z.infer<typeof decideTransferSchema>;

export const cancelTransferSchema = z.object({ id: idSchema });
export type CancelTransferInput = z.infer<typeof cancelTransferSchema>;
