import { z } from "zod";
import { activitySchema } from "../activities/schema.ts";
import {
  checkbox,
  idSchema,
  localDate,
  localDateTime,
  optionalText,
  repeated,
  requiredText,
  selectedId,
} from "../validation/fields.ts";

export const TITLE_MAX = 60;
export const BACKGROUND_MAX = 4000;
export const OPTION_MAX = 100;
export const OPTIONS_MAX = 8;
export const LINK_MAX = 300;
export const LINKS_MAX = 5;
export const REASONS_MAX = 1000;
export const MINUTES_MAX = 8000;

/** Only http(s) links to documents; anything else (javascript:, data:) is refused. */
const link = requiredText(LINK_MAX).refine((v) => {
  try {
    const url = new URL(v);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}, "council.badLink");

/** Lines of a textarea (one option or link a line) or repeated fields: trimmed, blank lines dropped. */
const lines = (item: z.ZodType<string>, max: number, tooMany: string) =>
  z.preprocess(
    (v) => {
      const parts = (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((p) =>
        typeof p === "string" ? p.split(/\r?\n/) : [p],
      );
      return parts.map((p) => (typeof p === "string" ? p.trim() : p)).filter((p) => p !== "");
    },
    z.array(item).max(max, tooMany),
  );

export const appointCouncilMemberSchema = z
  .object({ memberId: selectedId, startsOn: localDate, endsOn: localDate })
  .refine((v) => v.endsOn > v.startsOn, { path: ["endsOn"], message: "council.termEndsBeforeStart" });
export type AppointCouncilMemberInput = z.infer<typeof appointCouncilMemberSchema>;

export const seatIdSchema = z.object({ id: idSchema });
export type SeatIdInput = z.infer<typeof seatIdSchema>;

export const consultationSchema = z.object({
  title: requiredText(TITLE_MAX),
  background: requiredText(BACKGROUND_MAX),
  links: lines(link, LINKS_MAX, "council.tooManyLinks"),
  options: lines(requiredText(OPTION_MAX), OPTIONS_MAX, "council.tooManyOptions").refine(
    (v) => v.length >= 2,
    "council.twoOptions",
  ),
});
export type ConsultationInput = z.infer<typeof consultationSchema>;

export const consultationIdSchema = z.object({ id: idSchema });
export type ConsultationIdInput = z.infer<typeof consultationIdSchema>;

export const openConsultationSchema = z.object({ id: idSchema, deadline: localDateTime, openToAll: checkbox });
export type OpenConsultationInput = z.infer<typeof openConsultationSchema>;

const optionIndex = z
  .string({ error: "validation.required" })
  .regex(/^\d{1,2}$/, "validation.required")
  .transform(Number);

export const giveOpinionSchema = z.object({ id: idSchema, option: optionIndex, reasons: requiredText(REASONS_MAX) });
export type GiveOpinionInput = z.infer<typeof giveOpinionSchema>;

export const recordMeetingSchema = z.object({
  id: idSchema,
  meetingAt: localDateTime,
  attendees: repeated(selectedId, 200),
  minutes: requiredText(MINUTES_MAX),
});
export type RecordMeetingInput = z.infer<typeof recordMeetingSchema>;

export const decideConsultationSchema = z.object({
  id: idSchema,
  outcome: z.enum(["ADOPTED", "NOT_ADOPTED"], { error: "validation.required" }),
  reason: requiredText(1000),
});
export type DecideConsultationInput = z.infer<typeof decideConsultationSchema>;

/** An adopted proposal becomes a menu item of this year: its category and positions. */
export const toMenuItemSchema = z.object({ id: idSchema, categoryId: selectedId, description: optionalText(500) });
export type ToMenuItemInput = z.infer<typeof toMenuItemSchema>;

/** …or a draft activity: the activity form's fields (its title defaults to the consultation's). */
export const toActivitySchema = activitySchema.and(z.object({ consultationId: idSchema }));
export type ToActivityInput = z.infer<typeof toActivitySchema>;

/** …or a need of the community (the needs loop triages it): its category and what is needed. */
export const toNeedSchema = z.object({ id: idSchema, categoryId: selectedId, content: optionalText(500) });
export type ToNeedInput = z.infer<typeof toNeedSchema>;
