"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { fileObjection } from "@/lib/ratings/file-objection";
import { fileObjectionSchema } from "@/lib/ratings/schema";

export const fileObjectionAction = action({
  permission: "self.ratings",
  schema: fileObjectionSchema,
  successMessage: "ratings.objectionFiled",
  run: async ({ actor, input }) => {
    const result = await fileObjection({ actor, input });
    revalidatePath("/me/ratings");
    revalidatePath("/community/ratings", "layout");
    return result;
  },
});
