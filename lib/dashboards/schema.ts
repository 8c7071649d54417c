import { z } from "zod";
import "../validation/zod-config.ts";

export const FOLLOW_UP_LISTS = ["neverServed", "pledgedNoSignup"] as const;
export type FollowUpList = (typeof FOLLOW_UP_LISTS)[number];

export const remindFollowUpListSchema = z.object({ list: z.enum(FOLLOW_UP_LISTS, { error: "errors.checkForm" }) });
export type RemindFollowUpListInput = z.infer<typeof remindFollowUpListSchema>;

export type RemindResult = {
  /** members on the list */
  listed: number;
  /** of those, members whose account can receive a notification */
  withAccount: number;
  /** notifications created now (the others were already reminded today) */
  sent: number;
};
