"use server";

import { action } from "@/lib/actions/action";
import { decideUnitReport } from "@/lib/unit-portal/decide-unit-report";
import { acceptUnitReportSchema, declineUnitReportSchema } from "@/lib/unit-portal/schema";

export const acceptUnitReportAction = action({
  permission: "unitReports.decide",
  schema: acceptUnitReportSchema,
  successMessage: "unitReports.accepted",
  run: async ({ actor, input }) => {
    await decideUnitReport({ actor, input: { id: input.id, decision: { kind: "ACCEPT" } } });
  },
  revalidate: ["/community/units"],
});

export const declineUnitReportAction = action({
  permission: "unitReports.decide",
  schema: declineUnitReportSchema,
  successMessage: "unitReports.declined",
  run: async ({ actor, input }) => {
    await decideUnitReport({ actor, input: { id: input.id, decision: { kind: "DECLINE", reason: input.reason } } });
  },
  revalidate: ["/community/units"],
});
