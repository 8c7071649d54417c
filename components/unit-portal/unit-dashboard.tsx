import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { getUnitDashboard } from "@/lib/unit-portal/get-unit-dashboard";
import { unitMemberQuery, type UnitMemberFilter } from "@/lib/unit-portal/unit-member-filter";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { FiguresTable, type FigureRow } from "./figures-table";
import { ServiceBarChart } from "./service-bar-chart";
import { DataTable } from "../ui/data-table";

/** A large unit's members live in hundreds of communities: show where most of them are. */
const TOP_COMMUNITIES = 20;

type Dashboard = Awaited<ReturnType<typeof getUnitDashboard>>;

/** The members list behind a number: the same filter the number was counted with. */
export function membersHref(filter: Partial<UnitMemberFilter>): string {
  const query = unitMemberQuery(filter);
  return query ? `/unit/members?${query}` : "/unit/members";
}

function StatLink({ label, value, hint, href }: { label: string; value: string; hint: string; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-gray-200 bg-white p-4 hover:border-gray-400 hover:bg-gray-50">
      <div className="text-sm text-gray-600">{label}</div>
      <div className="tabular mt-1 text-3xl font-semibold text-gray-900 underline-offset-4">{value}</div>
      <div className="mt-1 text-xs text-gray-500">{hint}</div>
    </Link>
  );
}

/** The work unit's dashboard: counts, the year's service by month and category, where members live. */
export async function UnitDashboard({ data }: { data: Dashboard }) {
  const [t, format, locale] = await Promise.all([getTranslations("unitPortal.dashboard"), getFormatter(), getLocale()]);
  const { year, counts, total } = data;
  // a year is a label, not a quantity: "2026年", never "2,026年"
  const y = String(year);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const monthLabel = (m: number) => format.dateTime(new Date(Date.UTC(year, m - 1, 15)), { month: "short", timeZone: "UTC" });
  const categoryName = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);

  const monthRows: FigureRow[] = data.months.map((m) => ({
    key: String(m.month),
    label: monthLabel(m.month),
    ...m,
    href: membersHref({ month: m.month, year }),
  }));
  const categoryRows: FigureRow[] = data.categories.map((c) => ({
    key: c.id,
    label: categoryName(c),
    records: c.records,
    members: c.members,
    hours: c.hours,
    href: membersHref({ categoryId: c.id, year }),
  }));
  const chart = (rows: FigureRow[]) => rows.map((r) => ({ label: r.label, records: r.records, hours: r.hours }));

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatLink
          label={t("reported")}
          value={num(counts.reported)}
          hint={t("reportedHint", { pending: counts.pending })}
          href={membersHref({})}
        />
        <StatLink
          label={t("verified")}
          value={num(counts.verified)}
          hint={t("verifiedHint")}
          href={membersHref({ status: "ACTIVE" })}
        />
        <StatLink
          label={t("active", { year: y })}
          value={num(counts.active)}
          hint={t("activeHint")}
          href={membersHref({ served: "year", year })}
        />
        <StatLink
          label={t("neverServed")}
          value={num(counts.neverServed)}
          hint={t("neverServedHint")}
          href={membersHref({ status: "ACTIVE", served: "never" })}
        />
      </div>
      <p className="text-sm text-gray-700">
        {t("yearTotals", { year: y, records: num(total.records), hours: num(total.hours), members: num(total.members) })}
      </p>

      <div className="grid gap-6 2xl:grid-cols-2">
        <Card title={t("byMonth", { year: y })}>
          {total.records ? (
            <ServiceBarChart
              data={chart(monthRows)}
              recordsLabel={t("records")}
              hoursLabel={t("hours")}
              summary={t("chartSummary", { title: t("byMonth", { year: y }) })}
            />
          ) : (
            <EmptyState message={t("noRecords", { year: y })} />
          )}
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-gray-800">{t("dataTable")}</summary>
            <div className="mt-2">
              <FiguresTable rows={monthRows} firstHeader={t("month")} total={total} />
            </div>
          </details>
        </Card>
        <Card title={t("byCategory", { year: y })}>
          {total.records ? (
            <ServiceBarChart
              horizontal
              data={chart(categoryRows)}
              recordsLabel={t("records")}
              hoursLabel={t("hours")}
              summary={t("chartSummary", { title: t("byCategory", { year: y }) })}
            />
          ) : (
            <EmptyState message={t("noRecords", { year: y })} />
          )}
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-gray-800">{t("dataTable")}</summary>
            <div className="mt-2">
              <FiguresTable rows={categoryRows} firstHeader={t("category")} total={total} />
            </div>
          </details>
        </Card>
      </div>

      <Card title={t("whereTheyLive")}>
        {data.communities.length ? (
          <div>
            <DataTable
              frame="figures"
              head={
                <>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("community")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("reported")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("verified")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("active", { year: y })}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("neverServedShort")}
                  </th>
                </>
              }
            >
              {data.communities.slice(0, TOP_COMMUNITIES).map((c) => {
                const cell = (value: number, filter: Partial<UnitMemberFilter>) => (
                  <td className="tabular px-3 py-1.5 text-right">
                    {value ? (
                      <Link href={membersHref({ communityId: c.id, ...filter })} className="underline-offset-2 hover:underline">
                        {num(value)}
                      </Link>
                    ) : (
                      "0"
                    )}
                  </td>
                );
                return (
                  <tr key={c.id}>
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">
                      {c.name}
                    </th>
                    {cell(c.reported, {})}
                    {cell(c.verified, { status: "ACTIVE" })}
                    {cell(c.active, { served: "year", year })}
                    {cell(c.neverServed, { status: "ACTIVE", served: "never" })}
                  </tr>
                );
              })}
            </DataTable>
            {data.communities.length > TOP_COMMUNITIES ? (
              <p className="mt-2 text-sm text-gray-600">
                {t("topCommunities", { shown: TOP_COMMUNITIES, total: data.communities.length })}{" "}
                <Link href="/unit/members" className="underline">
                  {t("allMembers")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <EmptyState message={t("noMembers")} />
        )}
      </Card>
    </div>
  );
}
