"use server";

import { after } from "next/server";
import { action, type Revalidate } from "@/lib/actions/action";
import { generateLetters } from "@/lib/letters/generate-letters";
import { generateLettersSchema, letterIdSchema, letterSettingsSchema, updateLetterSchema } from "@/lib/letters/schema";
import { runLetterPdfJob } from "@/lib/letters/run-letter-pdf-job";
import { startLetterPdfJobSchema } from "@/lib/letters/schema";
import { startLetterPdfJob } from "@/lib/letters/start-letter-pdf-job";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { refreshLetterServices } from "@/lib/letters/refresh-letter-services";
import { saveLetterSettings } from "@/lib/letters/save-letter-settings";
import { updateLetter } from "@/lib/letters/update-letter";

const REFRESH: Revalidate[] = [["/community/letters", "layout"]];

export const generateLettersAction = action({
  permission: "letters.manage",
  schema: generateLettersSchema,
  successMessage: "letters.generated",
  run: async ({ actor, input }) => {
    const summary = await generateLetters({ actor, input: { year: input.year } });
    return summary;
  },
  revalidate: REFRESH,
});

export const saveLetterSettingsAction = action({
  permission: "letters.manage",
  schema: letterSettingsSchema,
  successMessage: "letters.settingsSaved",
  run: ({ actor, input }) => saveLetterSettings({ actor, input: { threshold: input.threshold, closing: input.closing ?? null } }),
  revalidate: REFRESH,
});

export const updateLetterAction = action({
  permission: "letters.manage",
  schema: updateLetterSchema,
  successMessage: "letters.saved",
  run: ({ actor, input }) =>
    updateLetter({ actor, input: { id: input.id, contributions: input.contributions ?? null, body: input.body } }),
  revalidate: REFRESH,
});

export const refreshLetterServicesAction = action({
  permission: "letters.manage",
  schema: letterIdSchema,
  successMessage: "letters.refreshed",
  run: ({ actor, input }) => refreshLetterServices({ actor, input: { id: input.id } }),
  revalidate: REFRESH,
});

/** All letters of a year as one PDF: queued, then drawn after the answer is sent (progress is polled). */
export const startLetterPdfJobAction = action({
  permission: "letters.manage",
  schema: startLetterPdfJobSchema,
  run: async ({ actor, input }) => {
    const verifyOrigin = new URL(await verifyUrlForPage("x")).origin;
    const job = await startLetterPdfJob({ actor, input, verifyOrigin });
    after(() => runLetterPdfJob(job.id));
    return job;
  },
});
