"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { integer, requiredText, selectedId } from "@/lib/validation/fields";
import { adjustPoints } from "@/lib/points/ledger";

const adjustSchema = z.object({
  memberId: selectedId,
  amount: integer(-1000, 1000, "points.amountRange"),
  reason: requiredText(200),
});

export const adjustPointsAction = action({
  permission: "points.manage",
  schema: adjustSchema,
  successMessage: "points.adjusted",
  run: ({ actor, input }) => adjustPoints({ actor, ...input }),
  revalidate: [["/community", "layout"]],
});
