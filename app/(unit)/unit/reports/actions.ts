"use server";

import { action } from "@/lib/actions/action";
import { submitUnitReportSchema } from "@/lib/unit-portal/schema";
import { submitUnitReport } from "@/lib/unit-portal/submit-unit-report";

export const submitUnitReportAction = action({
  permission: "unitReports.submit",
  schema: submitUnitReportSchema,
  successMessage: "unitReports.submitted",
  run: async ({ actor, input }) => {
    await submitUnitReport({ actor, input });
  },
  revalidate: [["/unit", "layout"]],
});
