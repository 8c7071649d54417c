// What a member sends from the needs board (党员接单). Shared by the forms and the use cases.
import { z } from "zod";
import { idSchema, requiredText } from "../validation/fields.ts";

export const claimNeedSchema = z.object({ needId: idSchema });
export type ClaimNeedInput = z.infer<typeof claimNeedSchema>;

export const needProgressSchema = z.object({ needId: idSchema, note: requiredText(300) });
export type NeedProgressInput = z.infer<typeof needProgressSchema>;

export const finishNeedClaimSchema = z.object({ needId: idSchema, note: requiredText(300) });
export type FinishNeedClaimInput = z.infer<typeof finishNeedClaimSchema>;

export const returnNeedClaimSchema = z.object({ needId: idSchema, reason: requiredText(200) });
export type ReturnNeedClaimInput = z.infer<typeof returnNeedClaimSchema>;
