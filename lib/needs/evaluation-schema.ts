// What the resident (on the tracking page) or the secretary (from a phone call) sends to confirm,
// reopen or close a need (群众评单). Shared by the forms and the use cases.
import { z } from "zod";
import { idSchema, integer, optionalText, requiredText } from "../validation/fields.ts";
import { isTrackingToken } from "./tracking-token.ts";

/** The token of a tracking link: anything not shaped like one is simply not found. */
export const trackingTokenField = z.string({ error: "errors.notFound" }).refine((v) => isTrackingToken(v), "errors.notFound");

export const ratingField = integer(1, 5, "needWork.ratingRange");

/** The resident on the tracking page. */
export const confirmNeedByTokenSchema = z.object({
  token: trackingTokenField,
  rating: ratingField,
  comment: optionalText(500),
});
/** The secretary records the resident's answer from a phone call (ratingSource PHONE). */
export const confirmNeedByPhoneSchema = z.object({
  needId: idSchema,
  rating: ratingField,
  comment: optionalText(500),
});
export type ConfirmNeedInput = z.infer<typeof confirmNeedByTokenSchema> | z.infer<typeof confirmNeedByPhoneSchema>;

/** "Not done yet": back to the claimants, with what is missing. */
export const reopenNeedByTokenSchema = z.object({ token: trackingTokenField, reason: requiredText(300) });
export const reopenNeedByPhoneSchema = z.object({ needId: idSchema, reason: requiredText(300) });
export type ReopenNeedInput = z.infer<typeof reopenNeedByTokenSchema> | z.infer<typeof reopenNeedByPhoneSchema>;

/** The secretary closes an open need with a reason (e.g. nobody confirms, withdrawn). */
export const closeNeedSchema = z.object({ needId: idSchema, reason: requiredText(200) });
export type CloseNeedInput = z.infer<typeof closeNeedSchema>;

export const reissueSlipSchema = z.object({ needId: idSchema });
export type ReissueSlipInput = z.infer<typeof reissueSlipSchema>;
