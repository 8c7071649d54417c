"use server";

import { action } from "@/lib/actions/action";
import { assignUnitMembers } from "@/lib/needs/assign-unit-members";
import { reportUnitNeedDone } from "@/lib/needs/report-unit-need-done";
import { assignUnitMembersSchema, reportUnitNeedDoneSchema } from "@/lib/needs/unit-schema";

export const assignUnitMembersAction = action({
  permission: "unit.needs",
  schema: assignUnitMembersSchema,
  successMessage: "needUnits.assigned",
  run: async ({ actor, input }) => {
    await assignUnitMembers({ actor, input });
  },
  revalidate: [["/unit", "layout"]],
});

export const reportUnitNeedDoneAction = action({
  permission: "unit.needs",
  schema: reportUnitNeedDoneSchema,
  successMessage: "needUnits.reported",
  run: async ({ actor, input }) => {
    await reportUnitNeedDone({ actor, input });
  },
  revalidate: [["/unit", "layout"]],
});
