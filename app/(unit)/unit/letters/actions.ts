"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { letterIdSchema } from "@/lib/letters/schema";
import { acknowledgeLetter } from "@/lib/letters/unit-letters";

export const acknowledgeLetterAction = action({
  permission: "unit.letters",
  schema: letterIdSchema,
  successMessage: "letters.acknowledged",
  run: async ({ actor, input }) => {
    const result = await acknowledgeLetter({ actor, id: input.id });
    revalidatePath("/unit/letters", "layout");
    return result;
  },
});
