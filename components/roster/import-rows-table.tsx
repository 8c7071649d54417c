import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import type { ImportRow } from "@/lib/roster/import-rows";
import { IMPORT_COLUMNS } from "@/lib/roster/roster-columns";
import { DataTable } from "../ui/data-table";

const STATUS_TONE: Record<string, Tone> = { valid: "green", imported: "green", skip: "gray", skipped: "gray", error: "red" };

export type RowFilterTab = { value: string; label: string; href: string };

/** Links that narrow the table (有错误 / 将跳过 / …); the choice lives in the URL. */
export function ImportRowFilter({ tabs, current }: { tabs: RowFilterTab[]; current: string }) {
  const t = useTranslations("rosterImport");
  return (
    <nav aria-label={t("filter.label")} className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-gray-700">{t("filter.prefix")}</span>
      {tabs.map((tab) =>
        tab.value === current ? (
          <span key={tab.value} aria-current="true" className="rounded-md bg-gray-800 px-3 py-1.5 font-medium text-white">
            {tab.label}
          </span>
        ) : (
          <Link
            key={tab.value}
            href={tab.href}
            className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-gray-800 hover:bg-gray-100"
          >
            {tab.label}
          </Link>
        ),
      )}
    </nav>
  );
}

/**
 * Every checked row with its spreadsheet row number; the problems come right after the result,
 * in words, and the cells they are about are marked as well.
 */
export function ImportRowsTable({ rows, total }: { rows: ImportRow[]; total: number }) {
  const t = useTranslations("rosterImport");
  const tAll = useTranslations();
  if (!rows.length)
    return (
      <p className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-8 text-center text-gray-600">
        {t("table.noRows")}
      </p>
    );
  return (
    <>
      <DataTable
        caption={t("table.caption")}
        head={
          <>
            <th scope="col" className="px-3 py-2 text-right">
              {t("table.row")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.status")}
            </th>
            <th scope="col" className="min-w-56 px-3 py-2">
              {t("table.issues")}
            </th>
            {IMPORT_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="whitespace-nowrap px-3 py-2">
                {t(`columns.${c.key}`)}
              </th>
            ))}
          </>
        }
      >
        {rows.map((row) => {
          const state = row.result ?? row.status;
          const bad = new Set(row.status === "error" ? row.issues.map((i) => i.field) : []);
          return (
            <tr key={row.row} className={row.status === "error" ? "bg-red-50/40" : undefined}>
              <th scope="row" className="tabular px-3 py-2 text-right font-normal text-gray-700">
                {row.row}
              </th>
              <td className="whitespace-nowrap px-3 py-2">
                <StatusBadge tone={STATUS_TONE[state] ?? "gray"}>{t(`rowStatus.${state}`)}</StatusBadge>
              </td>
              <td className="px-3 py-2">
                {row.issues.length ? (
                  <ul className={row.status === "error" ? "space-y-0.5 text-red-800" : "space-y-0.5 text-gray-700"}>
                    {row.issues.map((issue, i) => (
                      <li key={i}>
                        {issue.field
                          ? t("table.issueLine", { field: t(`columns.${issue.field}`), message: tAll(issue.key, issue.params) })
                          : tAll(issue.key, issue.params)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-gray-400">—</span>
                )}
              </td>
              {IMPORT_COLUMNS.map((c) => (
                <td
                  key={c.key}
                  className={`max-w-48 truncate px-3 py-2 ${bad.has(c.key) ? "font-medium text-red-800 underline decoration-red-700 decoration-wavy" : "text-gray-900"}`}
                  title={row.values[c.key] || undefined}
                >
                  {row.values[c.key] || (bad.has(c.key) ? t("table.empty") : "")}
                </td>
              ))}
            </tr>
          );
        })}
      </DataTable>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-gray-600">{t("table.truncated", { shown: rows.length, total })}</p>
      ) : null}
    </>
  );
}
