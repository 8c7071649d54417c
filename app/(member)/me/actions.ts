"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { confirmReReport } from "@/lib/re-report/confirm-re-report";

/** The one tap of the re-report: the entry is still right. */
export const confirmReReportAction = action({
  permission: "self.reReport",
  schema: z.object({}),
  successMessage: "reReport.member.done",
  run: ({ actor }) => confirmReReport({ actor }),
  revalidate: ["/me"],
});
