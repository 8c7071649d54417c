import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { HorizontalBars } from "@/components/dashboards/charts";
import { dashboardFormat } from "@/components/dashboards/format";
import { HeadlineStat } from "@/components/dashboards/headline-stat";
import { StreetComparisonTable } from "@/components/dashboards/street-comparison-table";
import { TrendSection } from "@/components/dashboards/trend-section";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getStreetDashboard, parseStreetSort } from "@/lib/dashboards/get-street-dashboard";
import { localYear } from "@/lib/time";
import { anyYear, parseYear } from "@/lib/time";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "dashboard.street.title" });
}

/** The street admin's comparison of the street's communities: numbers only, no secretary pages. */
export default async function StreetDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("dashboard.street");
  const params = await searchParams;
  const year = parseYear(params.year, anyYear());
  const { sort, dir } = parseStreetSort(params);
  const [d, t, f] = await Promise.all([
    getStreetDashboard({ actor, input: { year, sort, dir } }),
    getTranslations("dashboard"),
    dashboardFormat(),
  ]);
  const h = d.headline;

  return (
    <>
      <PageHeader title={t("street.title")} description={t("street.description", { street: d.street.name, year })} />
      <YearSwitcher year={year} thisYear={localYear(new Date())} basePath="/admin/dashboard" params={{ sort, dir }} />

      <section aria-label={t("headline.title")} className="mb-8 space-y-3">
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <HeadlineStat label={t("headline.communities")} value={f.count(h.communities)} href="#compare" />
          <HeadlineStat
            label={t("headline.reported")}
            value={f.count(h.reported)}
            hint={t("headline.reportedHint", { pending: h.pending })}
            href="#compare"
          />
          <HeadlineStat
            label={t("headline.verified")}
            value={f.count(h.verified)}
            hint={t("headline.verifiedHint", { rate: f.rate(h.verifiedRate) })}
            href="#compare"
          />
          <HeadlineStat
            label={t("headline.active", { year })}
            value={f.count(h.active)}
            hint={t("headline.activeHint", { rate: f.rate(h.activeRate) })}
            href="#compare"
          />
          <HeadlineStat
            label={t("headline.neverServed")}
            value={f.count(h.neverServed)}
            hint={t("headline.neverServedHint")}
            href="#compare"
          />
          <HeadlineStat label={t("headline.activities")} value={f.count(h.activities)} href="#trend" />
          <HeadlineStat label={t("headline.participations")} value={f.count(h.participations)} href="#trend" />
          <HeadlineStat label={t("headline.hours")} value={f.hours(h.hours)} href="#trend" />
        </div>
        <details className="text-sm text-gray-700">
          <summary className="min-h-11 cursor-pointer font-medium">{t("headline.definitions")}</summary>
          <p className="mt-1 max-w-3xl">{t("headline.definitionsText")}</p>
        </details>
      </section>

      <div className="space-y-8">
        <section id="compare" aria-labelledby="compare-heading" className="space-y-3">
          <div>
            <h2 id="compare-heading" className="text-lg font-semibold text-gray-900">
              {t("street.compareTitle")}
            </h2>
            <p className="mt-1 text-sm text-gray-600">{t("street.compareHint")}</p>
          </div>
          {d.communities.length ? <StreetComparisonTable dashboard={d} /> : <EmptyState message={t("street.empty")} />}
        </section>

        {d.communities.length ? (
          <div className="grid gap-6 xl:grid-cols-2">
            <Card title={t("street.rateChartTitle")}>
              <HorizontalBars
                percent
                data={d.communities.map((c) => ({ label: c.name, value: c.rate ?? 0 }))}
                valueLabel={t("cols.rate")}
                ariaLabel={t("street.rateChartLabel", { year })}
              />
              <p className="mt-2 text-xs text-gray-600">{t("street.chartsTable")}</p>
            </Card>
            <Card title={t("street.hoursChartTitle")}>
              <HorizontalBars
                data={d.communities.map((c) => ({ label: c.name, value: c.hours }))}
                valueLabel={t("cols.hours")}
                ariaLabel={t("street.hoursChartLabel", { year })}
              />
              <p className="mt-2 text-xs text-gray-600">{t("street.chartsTable")}</p>
            </Card>
          </div>
        ) : null}

        <div id="trend">
          <TrendSection title={t("street.trendTitle", { year })} months={d.trend} year={year} />
        </div>
      </div>
    </>
  );
}
