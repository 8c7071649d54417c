"use server";

import { action } from "@/lib/actions/action";
import { fileObjection } from "@/lib/ratings/file-objection";
import { fileObjectionSchema } from "@/lib/ratings/schema";

export const fileObjectionAction = action({
  permission: "self.ratings",
  schema: fileObjectionSchema,
  successMessage: "ratings.objectionFiled",
  run: ({ actor, input }) => fileObjection({ actor, input }),
  revalidate: ["/me/ratings", ["/community/ratings", "layout"]],
});
