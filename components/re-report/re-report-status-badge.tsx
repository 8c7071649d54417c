import { getTranslations } from "next-intl/server";
import type { ReReportStatus } from "@/lib/re-report/re-report-rules";
import { StatusBadge, type Tone } from "../ui/status-badge";

export const RE_REPORT_TONE: Record<ReReportStatus, Tone> = {
  confirmed: "green",
  due: "amber",
  overdue: "red",
  upcoming: "gray",
};

/** confirmed / due / overdue, in a word and a colour; a dash where no re-report concerns the entry. */
export async function ReReportStatusBadge({ status }: { status: ReReportStatus | undefined }) {
  if (!status) return <span className="text-gray-500">—</span>;
  const t = await getTranslations("reReport.status");
  return <StatusBadge tone={RE_REPORT_TONE[status]}>{t(status)}</StatusBadge>;
}
