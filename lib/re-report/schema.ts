import { z } from "zod";

const day = z
  .string({ error: "validation.required" })
  .min(1, "validation.required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date");

/** The secretary's "open a re-report window" form: first and last Beijing day. */
export const openReReportWindowSchema = z.object({ firstDay: day, lastDay: day });
export type OpenReReportWindowInput = z.infer<typeof openReReportWindowSchema>;

/** "Remind those who have not confirmed": the window it is about. */
export const remindReReportSchema = z.object({
  windowId: z
    .string({ error: "errors.notFound" })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "errors.notFound")
    .toLowerCase(),
});
export type RemindReReportInput = z.infer<typeof remindReReportSchema>;
