"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { action } from "@/lib/actions/action";
import { generateLetters } from "@/lib/letters/generate-letters";
import { runLetterPdfJob } from "@/lib/letters/run-letter-pdf-job";
import {
  generateLettersSchema,
  letterIdSchema,
  letterSettingsSchema,
  startLetterPdfJobSchema,
  updateLetterSchema,
} from "@/lib/letters/schema";
import { startLetterPdfJob } from "@/lib/letters/start-letter-pdf-job";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { refreshLetterServices, saveLetterSettings, updateLetter } from "@/lib/letters/update-letter";

const refresh = () => revalidatePath("/community/letters", "layout");

export const generateLettersAction = action({
  permission: "letters.manage",
  schema: generateLettersSchema,
  successMessage: "letters.generated",
  run: async ({ actor, input }) => {
    const summary = await generateLetters({ actor, year: input.year });
    refresh();
    return summary;
  },
});

export const saveLetterSettingsAction = action({
  permission: "letters.manage",
  schema: letterSettingsSchema,
  successMessage: "letters.settingsSaved",
  run: async ({ actor, input }) => {
    const result = await saveLetterSettings({ actor, threshold: input.threshold, closing: input.closing ?? null });
    refresh();
    return result;
  },
});

export const updateLetterAction = action({
  permission: "letters.manage",
  schema: updateLetterSchema,
  successMessage: "letters.saved",
  run: async ({ actor, input }) => {
    const result = await updateLetter({ actor, id: input.id, contributions: input.contributions ?? null, body: input.body });
    refresh();
    return result;
  },
});

export const refreshLetterServicesAction = action({
  permission: "letters.manage",
  schema: letterIdSchema,
  successMessage: "letters.refreshed",
  run: async ({ actor, input }) => {
    const result = await refreshLetterServices({ actor, id: input.id });
    refresh();
    return result;
  },
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
