// What the secretary sends from the triage page (社区派单). Shared by the forms and the use cases.
import { z } from "zod";
import { idSchema, integer, repeated, requiredText, selectedId } from "../validation/fields.ts";

export const publishNeedSchema = z.object({
  needId: idSchema,
  /** how many members may claim it (帮帮团 when > 1) */
  places: integer(1, 50, "needWork.placesRange"),
});
export type PublishNeedInput = z.infer<typeof publishNeedSchema>;

export const rejectNeedSchema = z.object({ needId: idSchema, reason: requiredText(200) });
export type RejectNeedInput = z.infer<typeof rejectNeedSchema>;

export const mergeNeedSchema = z.object({ needId: idSchema, intoId: selectedId });
export type MergeNeedInput = z.infer<typeof mergeNeedSchema>;

export const convertNeedSchema = z.object({ needId: idSchema });
export type ConvertNeedInput = z.infer<typeof convertNeedSchema>;

export const assignNeedSchema = z.object({
  needId: idSchema,
  memberIds: repeated(selectedId, 50).refine((ids) => ids.length > 0, "needWork.chooseMembers"),
});
export type AssignNeedInput = z.infer<typeof assignNeedSchema>;

export const notifyMatchesSchema = z.object({
  needId: idSchema,
  memberIds: repeated(selectedId, 20).refine((ids) => ids.length > 0, "needWork.chooseMembers"),
});
export type NotifyMatchesInput = z.infer<typeof notifyMatchesSchema>;
