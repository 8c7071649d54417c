import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StreetDashboard, StreetSort } from "@/lib/dashboards/get-street-dashboard";
import { dashboardFormat } from "./format";
import { RateBar } from "./participation-table";
import { DataTable } from "../ui/data-table";

const COLUMNS: { key: StreetSort; label: string; numeric: boolean }[] = [
  { key: "name", label: "cols.community", numeric: false },
  { key: "reported", label: "cols.reported", numeric: true },
  { key: "verified", label: "cols.verified", numeric: true },
  { key: "active", label: "cols.active", numeric: true },
  { key: "rate", label: "cols.rate", numeric: false },
  { key: "activities", label: "cols.activities", numeric: true },
  { key: "hours", label: "cols.hours", numeric: true },
  { key: "neverServed", label: "cols.neverServed", numeric: true },
];

/**
 * The street's communities side by side, sortable by any column with `?sort=&dir=` (plain links,
 * so a sorted view can be bookmarked). A community links to its page in the organization tree.
 */
export async function StreetComparisonTable({ dashboard }: { dashboard: StreetDashboard }) {
  const [t, f] = await Promise.all([getTranslations("dashboard"), dashboardFormat()]);
  const { sort, dir, year, headline: h } = dashboard;
  const href = (key: StreetSort) => {
    const nextDir = key === sort ? (dir === "asc" ? "desc" : "asc") : key === "name" ? "asc" : "desc";
    return `/admin/dashboard?${new URLSearchParams({ year: String(year), sort: key, dir: nextDir }).toString()}`;
  };
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  const td = "tabular px-3 py-2 text-right";
  return (
    <DataTable
      caption={t("street.compareTitle")}
      head={
        <>
          {COLUMNS.map((c) => {
            const label = t(c.label);
            const active = c.key === sort;
            return (
              <th
                key={c.key}
                scope="col"
                aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                className={`${th} ${c.numeric ? "text-right" : ""}`}
              >
                <Link
                  href={href(c.key)}
                  className="inline-flex min-h-10 items-center gap-1 underline-offset-2 hover:underline"
                  title={t("street.sortBy", { column: label })}
                >
                  {label}
                  {active ? <span aria-hidden="true">{dir === "asc" ? "▲" : "▼"}</span> : null}
                  {active ? <span className="sr-only">{t(dir === "asc" ? "street.sortedAsc" : "street.sortedDesc")}</span> : null}
                </Link>
              </th>
            );
          })}
        </>
      }
      foot={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("street.total")}
          </th>
          <td className={td}>{f.count(h.reported)}</td>
          <td className={td}>{f.count(h.verified)}</td>
          <td className={td}>{f.count(h.active)}</td>
          <td className="px-3 py-2">
            <RateBar rate={h.activeRate} text={f.rate(h.activeRate)} />
          </td>
          <td className={td}>{f.count(h.activities)}</td>
          <td className={td}>{f.hours(h.hours)}</td>
          <td className={td}>{f.count(h.neverServed)}</td>
        </tr>
      }
    >
      {dashboard.communities.map((c) => (
        <tr key={c.id}>
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`/admin/orgs/${c.id}`} className="underline-offset-2 hover:underline">
              {c.name}
            </Link>
          </th>
          <td className={td}>{f.count(c.reported)}</td>
          <td className={td}>{f.count(c.verified)}</td>
          <td className={td}>{f.count(c.active)}</td>
          <td className="px-3 py-2">
            <RateBar rate={c.rate} text={f.rate(c.rate)} />
          </td>
          <td className={td}>{f.count(c.activities)}</td>
          <td className={td}>{f.hours(c.hours)}</td>
          <td className={td}>{f.count(c.neverServed)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
