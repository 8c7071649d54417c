"use server";

import { action } from "@/lib/actions/action";
import { adjustPointsSchema } from "@/lib/points/schema";
import { adjustPoints } from "@/lib/points/ledger";

export const adjustPointsAction = action({
  permission: "points.manage",
  schema: adjustPointsSchema,
  successMessage: "points.adjusted",
  run: ({ actor, input }) => adjustPoints({ actor, input }),
  revalidate: [["/community", "layout"]],
});
