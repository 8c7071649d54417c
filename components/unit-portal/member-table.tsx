import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitMemberRow } from "@/lib/unit-portal/query-unit-members";
import { StatusBadge, type Tone } from "../ui/status-badge";
import { DataTable } from "../ui/data-table";
import type { ReReportStatus } from "@/lib/re-report/re-report-rules";
import { ReReportStatusBadge } from "../re-report/re-report-status-badge";

export const STATUS_TONE: Record<UnitMemberRow["status"], Tone> = {
  ACTIVE: "green",
  PENDING: "amber",
  REJECTED: "red",
  MOVED_OUT: "gray",
};

/** The unit's members with the year's figures. Phones arrive masked from the use case. */
export async function UnitMemberTable({
  rows,
  year,
  reReport,
}: {
  rows: UnitMemberRow[];
  year: number;
  /** each member's re-report status in their community (confirmed / due / overdue) */
  reReport?: Map<string, ReReportStatus>;
}) {
  const [t, format] = await Promise.all([getTranslations("unitPortal"), getFormatter()]);
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <DataTable
      head={
        <>
          <th scope="col" className={th}>
            {t("members.cols.name")}
          </th>
          <th scope="col" className={th}>
            {t("members.cols.community")}
          </th>
          <th scope="col" className={th}>
            {t("members.cols.residence")}
          </th>
          <th scope="col" className={th}>
            {t("members.cols.phone")}
          </th>
          <th scope="col" className={th}>
            {t("members.cols.status")}
          </th>
          {reReport ? (
            <th scope="col" className={th}>
              {t("members.cols.reReport")}
            </th>
          ) : null}
          <th scope="col" className={`${th} text-right`}>
            {t("members.cols.activities", { year: String(year) })}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("members.cols.hours", { year: String(year) })}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t("members.cols.points")}
          </th>
          <th scope="col" className={th}>
            {t("members.cols.lastService")}
          </th>
        </>
      }
    >
      {rows.map((m) => (
        <tr key={m.id} className="hover:bg-gray-50">
          <td className="px-3 py-2 font-medium whitespace-nowrap">
            <Link href={`/unit/members/${m.id}`} className="text-gray-900 underline-offset-2 hover:underline">
              {m.name}
            </Link>
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{m.communityName}</td>
          <td className="px-3 py-2 whitespace-nowrap">
            {[m.gridName, m.buildingName, m.room].filter(Boolean).join(" · ") || "—"}
          </td>
          <td className="tabular px-3 py-2 whitespace-nowrap">{m.phone}</td>
          <td className="px-3 py-2">
            <StatusBadge tone={STATUS_TONE[m.status]}>{t(`statuses.${m.status}`)}</StatusBadge>
          </td>
          {reReport ? (
            <td className="px-3 py-2 whitespace-nowrap">
              <ReReportStatusBadge status={reReport.get(m.id)} />
            </td>
          ) : null}
          <td className="tabular px-3 py-2 text-right">{num(m.activities)}</td>
          <td className="tabular px-3 py-2 text-right">{num(m.hours)}</td>
          <td className="tabular px-3 py-2 text-right">{num(m.points)}</td>
          <td className="tabular px-3 py-2 whitespace-nowrap">
            {m.lastService ? format.dateTime(m.lastService, { dateStyle: "medium" }) : "—"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
