"use server";

import { action } from "@/lib/actions/action";
import { dispatchNeedToUnit } from "@/lib/needs/dispatch-need-to-unit";
import { dispatchNeedToUnitSchema } from "@/lib/needs/unit-schema";

/** 社区派单 to a co-building unit's monthly task list (the form: components/needs/dispatch-to-unit-form.tsx). */
export const dispatchNeedToUnitAction = action({
  permission: "needs.manage",
  schema: dispatchNeedToUnitSchema,
  successMessage: "needUnits.dispatched",
  run: async ({ actor, input }) => {
    await dispatchNeedToUnit({ actor, input });
  },
  revalidate: [["/community/needs", "layout"]],
});
