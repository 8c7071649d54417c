"use server";

import { action } from "@/lib/actions/action";
import { openReReportWindow } from "@/lib/re-report/open-re-report-window";
import { remindReReport } from "@/lib/re-report/remind-re-report";
import { openReReportWindowSchema, remindReReportSchema } from "@/lib/re-report/schema";

export const openReReportWindowAction = action({
  permission: "reReport.manage",
  schema: openReReportWindowSchema,
  successMessage: "reReport.opened",
  run: ({ actor, input }) => openReReportWindow({ actor, input }),
  revalidate: ["/community/re-report", "/community/roster"],
});

export const remindReReportAction = action({
  permission: "reReport.manage",
  schema: remindReReportSchema,
  successMessage: "reReport.reminded",
  run: ({ actor, input }) => remindReReport({ actor, input }),
  revalidate: ["/community/re-report"],
});
