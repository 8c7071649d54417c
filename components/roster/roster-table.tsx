import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listRoster } from "@/lib/roster/list-roster";
import type { ReReportStatus } from "@/lib/re-report/re-report-rules";
import { ReReportStatusBadge } from "../re-report/re-report-status-badge";
import { StatusBadge, type Tone } from "../ui/status-badge";
import type { RosterColumn } from "./columns";
import { DataTable } from "../ui/data-table";

type Row = Awaited<ReturnType<typeof listRoster>>["rows"][number];
export const STATUS_TONE: Record<string, Tone> = { ACTIVE: "green", PENDING: "amber", REJECTED: "red", MOVED_OUT: "gray" };

/**
 * The roster page's table. With `tickForm`, each row starts with a checkbox belonging to that form
 * (the badges' "print ticked" form above the table), so ticking needs no script.
 */
export async function RosterTable({
  rows,
  columns,
  reReport,
  tickForm,
}: {
  rows: Row[];
  columns: RosterColumn[];
  reReport?: Map<string, ReReportStatus>;
  tickForm?: string;
}) {
  const [t, tr, ti, format] = await Promise.all([
    getTranslations("roster"),
    getTranslations("register"),
    getTranslations("identity.print"),
    getFormatter(),
  ]);
  const show = (c: RosterColumn) => columns.includes(c);
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  return (
    <DataTable
      head={
        <>
          {tickForm ? (
            <th scope="col" className={th}>
              <span className="sr-only">{ti("badgesTicked")}</span>
            </th>
          ) : null}
          <th scope="col" className={th}>
            {t("cols.name")}
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" className={th}>
              {t(`cols.${c}`)}
            </th>
          ))}
        </>
      }
    >
      {rows.map((m) => (
        <tr key={m.id} className="hover:bg-gray-50">
          {tickForm ? (
            <td className="px-3 py-2">
              {m.status === "ACTIVE" ? (
                <input
                  type="checkbox"
                  name="id"
                  value={m.id}
                  form={tickForm}
                  aria-label={ti("tick", { name: m.name })}
                  className="h-5 w-5 accent-red-700"
                />
              ) : null}
            </td>
          ) : null}
          <td className="px-3 py-2 font-medium whitespace-nowrap">
            <Link href={`/community/members/${m.id}`} className="text-gray-900 underline-offset-2 hover:underline">
              {m.name}
            </Link>
          </td>
          {show("gender") ? <td className="px-3 py-2">{m.gender ? tr(m.gender === "MALE" ? "male" : "female") : "—"}</td> : null}
          {show("phone") ? <td className="tabular px-3 py-2 whitespace-nowrap">{m.phone}</td> : null}
          {show("residence") ? (
            <td className="px-3 py-2 whitespace-nowrap">
              {[m.grid?.name, m.building?.name, m.room].filter(Boolean).join(" · ") || "—"}
            </td>
          ) : null}
          {show("kind") ? <td className="px-3 py-2 whitespace-nowrap">{tr(`kinds.${m.kind}`)}</td> : null}
          {show("employer") ? <td className="px-3 py-2">{m.employerUnit?.name ?? m.employerName ?? "—"}</td> : null}
          {show("skills") ? <td className="px-3 py-2">{m.skills.join("、") || "—"}</td> : null}
          {show("availability") ? (
            <td className="px-3 py-2">{m.availability.map((a) => tr(`availabilityOptions.${a}`)).join("、") || "—"}</td>
          ) : null}
          {show("status") ? (
            <td className="px-3 py-2">
              <StatusBadge tone={STATUS_TONE[m.status]}>{t(`statuses.${m.status}`)}</StatusBadge>
            </td>
          ) : null}
          {show("reReport") ? (
            <td className="px-3 py-2 whitespace-nowrap">
              <ReReportStatusBadge status={reReport?.get(m.id)} />
            </td>
          ) : null}
          {show("reportedAt") ? (
            <td className="tabular px-3 py-2 whitespace-nowrap">{format.dateTime(m.reportedAt, { dateStyle: "medium" })}</td>
          ) : null}
          {show("flags") ? (
            <td className="px-3 py-2 text-xs text-gray-700">
              {[
                m.isCenterHousehold && t("flags.centerHousehold"),
                m.isCouncilMember && t("flags.council"),
                m.isBuildingLeader && t("flags.buildingLeader"),
              ]
                .filter(Boolean)
                .join("、") || "—"}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
