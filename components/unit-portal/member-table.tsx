import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitMemberRow } from "@/lib/unit-portal/query-unit-members";
import { StatusBadge, type Tone } from "../ui/status-badge";
import { DataTable } from "../ui/data-table";

export const STATUS_TONE: Record<UnitMemberRow["status"], Tone> = {
  ACTIVE: "green",
  PENDING: "amber",
  REJECTED: "red",
  MOVED_OUT: "gray",
};

/** The unit's members with the year's figures. Phones arrive masked from the use case. */
export async function UnitMemberTable({ rows, year }: { rows: UnitMemberRow[]; year: number }) {
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
