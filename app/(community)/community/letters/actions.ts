"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { generateLetters } from "@/lib/letters/generate-letters";
import { generateLettersSchema, letterIdSchema, letterSettingsSchema, updateLetterSchema } from "@/lib/letters/schema";
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
