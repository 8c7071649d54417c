"use server";

import { action } from "@/lib/actions/action";
import { letterIdSchema } from "@/lib/letters/schema";
import { acknowledgeLetter } from "@/lib/letters/acknowledge-letter";

export const acknowledgeLetterAction = action({
  permission: "unit.letters",
  schema: letterIdSchema,
  successMessage: "letters.acknowledged",
  run: ({ actor, input }) => acknowledgeLetter({ actor, input: { id: input.id } }),
  revalidate: [["/unit/letters", "layout"]],
});
