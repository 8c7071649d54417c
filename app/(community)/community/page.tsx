import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CategorySection } from "@/components/dashboards/category-section";
import { FollowUpList } from "@/components/dashboards/follow-up-list";
import { dashboardFormat } from "@/components/dashboards/format";
import { HeadlineStat } from "@/components/dashboards/headline-stat";
import { ParticipationTable } from "@/components/dashboards/participation-table";
import { TrendSection } from "@/components/dashboards/trend-section";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { getCommunityDashboard } from "@/lib/dashboards/get-community-dashboard";
import { rosterQuery, type RosterFilter } from "@/lib/roster/roster-filter";
import { localYear } from "@/lib/time";
import { remindFollowUpListAction } from "./dashboard-actions";
import { anyYear, parseYear } from "@/lib/time";

/** A big community has hundreds of employers: the table shows those with the most members. */
const TOP_EMPLOYERS = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The roster filtered to verified members (the base of every rate), optionally never served. */
const roster = (filter: Partial<RosterFilter>) => `/community/roster?${rosterQuery({ status: "ACTIVE", ...filter })}`;

/** The secretary's home: the community's dashboard for a year, with the grids and buildings. */
export default async function CommunityHome({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("community.view");
  const params = await searchParams;
  const thisYear = localYear(new Date());
  const year = parseYear(params.year, anyYear());
  const [d, t, tc, f, ts] = await Promise.all([
    getCommunityDashboard({ actor, input: { year } }),
    getTranslations("dashboard"),
    getTranslations("community"),
    dashboardFormat(),
    getTranslations("share"),
  ]);
  const { community, headline: h } = d;

  return (
    <>
      <PageHeader
        title={community.name}
        description={community.parent ? tc("underStreet", { street: community.parent.name }) : undefined}
        actions={
          <LinkButton href="/community/poster" variant="secondary">
            {ts("printPosterLink")}
          </LinkButton>
        }
      />
      <YearSwitcher year={year} thisYear={thisYear} basePath="/community" />
      <p className="mb-4 text-sm text-gray-600">{t("yearDescription", { year })}</p>

      <section aria-label={t("headline.title")} className="mb-8 space-y-3">
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <HeadlineStat
            label={t("headline.reported")}
            value={f.count(h.reported)}
            hint={t("headline.reportedHint", { pending: h.pending })}
            href={h.pending ? "/community/verification" : undefined}
          />
          <HeadlineStat
            label={t("headline.verified")}
            value={f.count(h.verified)}
            hint={t("headline.verifiedHint", { rate: f.rate(h.verifiedRate) })}
            href={roster({})}
          />
          <HeadlineStat
            label={t("headline.active", { year })}
            value={f.count(h.active)}
            hint={t("headline.activeHint", { rate: f.rate(h.activeRate) })}
          />
          <HeadlineStat
            label={t("headline.neverServed")}
            value={f.count(h.neverServed)}
            hint={t("headline.neverServedHint")}
            href={roster({ served: "never" })}
          />
          <HeadlineStat
            label={t("headline.pledgedNoSignup")}
            value={f.count(h.pledgedNoSignup)}
            hint={t("headline.pledgedNoSignupHint", { year })}
            href="#list-pledgedNoSignup"
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

      <section aria-labelledby="follow-up" className="mb-8">
        <h2 id="follow-up" className="mb-3 text-lg font-semibold text-gray-900">
          {t("lists.title")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <FollowUpList
            list="neverServed"
            title={t("lists.neverServed.title", { count: d.lists.neverServed.total })}
            hint={t("lists.neverServed.hint")}
            empty={t("lists.neverServed.empty")}
            total={d.lists.neverServed.total}
            members={d.lists.neverServed.members}
            allHref={roster({ served: "never" })}
            allLabel={t("lists.neverServed.all", { count: d.lists.neverServed.total })}
            remind={remindFollowUpListAction}
          />
          <FollowUpList
            list="pledgedNoSignup"
            title={t("lists.pledgedNoSignup.title", { count: d.lists.pledgedNoSignup.total })}
            hint={t("lists.pledgedNoSignup.hint", { year })}
            empty={t("lists.pledgedNoSignup.empty", { year })}
            total={d.lists.pledgedNoSignup.total}
            members={d.lists.pledgedNoSignup.members}
            remind={year === thisYear ? remindFollowUpListAction : undefined}
          />
        </div>
      </section>

      <div className="space-y-8">
        <Card title={t("byGrid.title")}>
          <p className="mb-3 text-sm text-gray-600">{t("byGrid.hint", { year })}</p>
          {d.byGrid.length ? (
            <ParticipationTable
              caption={t("byGrid.title")}
              firstColumn={t("cols.grid")}
              extraColumn={t("cols.buildings")}
              rows={d.byGrid.map((g) => ({
                key: g.id ?? "none",
                label: g.name ?? t("unassignedGrid"),
                extra: g.buildings.length ? (
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {g.buildings.map((b) => (
                      <li key={b.id}>
                        <Link href={`/community/buildings/${b.id}`} className="underline-offset-2 hover:underline">
                          {b.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                ),
                members: g.members,
                membersHref: g.id ? roster({ gridId: g.id }) : undefined,
                active: g.active,
                rate: g.rate,
                neverServed: g.neverServed,
                neverServedHref: g.id ? roster({ gridId: g.id, served: "never" }) : undefined,
              }))}
            />
          ) : (
            <EmptyState message={t("byGrid.empty")} />
          )}
        </Card>

        <Card title={t("byBuilding.title")}>
          <p className="mb-3 text-sm text-gray-600">{t("byBuilding.hint")}</p>
          {d.byBuilding.length ? (
            <ParticipationTable
              caption={t("byBuilding.title")}
              firstColumn={t("cols.building")}
              extraColumn={t("cols.grid")}
              rows={d.byBuilding.map((b) => ({
                key: b.id ?? "none",
                label: b.id ? (
                  <Link href={`/community/buildings/${b.id}`} className="underline-offset-2 hover:underline">
                    {b.name}
                  </Link>
                ) : (
                  t("unassignedBuilding")
                ),
                extra: b.gridName ?? "—",
                members: b.members,
                membersHref: b.id ? roster({ buildingId: b.id }) : undefined,
                active: b.active,
                rate: b.rate,
                neverServed: b.neverServed,
                neverServedHref: b.id ? roster({ buildingId: b.id, served: "never" }) : undefined,
              }))}
            />
          ) : (
            <EmptyState message={t("byBuilding.empty")} />
          )}
        </Card>

        <Card title={t("byEmployer.title")}>
          <p className="mb-3 text-sm text-gray-600">{t("byEmployer.hint")}</p>
          {d.byEmployer.length ? (
            <ParticipationTable
              caption={t("byEmployer.title")}
              firstColumn={t("cols.employer")}
              rows={d.byEmployer.slice(0, TOP_EMPLOYERS).map((e) => ({
                key: e.id ?? `text:${e.name ?? ""}`,
                label: (
                  <>
                    {e.name ?? t("noEmployer")}
                    {!e.isWorkUnit && e.name ? (
                      <span className="ml-2 text-xs font-normal text-gray-500">{t("freeTextEmployer")}</span>
                    ) : null}
                  </>
                ),
                members: e.members,
                membersHref: e.id ? roster({ employerUnitId: e.id }) : undefined,
                active: e.active,
                rate: e.rate,
                neverServed: e.neverServed,
                neverServedHref: e.id ? roster({ employerUnitId: e.id, served: "never" }) : undefined,
              }))}
            />
          ) : (
            <EmptyState message={t("byEmployer.empty")} />
          )}
          {d.byEmployer.length > TOP_EMPLOYERS ? (
            <p className="mt-2 text-sm text-gray-600">
              {t("byEmployer.topOnly", { shown: TOP_EMPLOYERS, total: d.byEmployer.length })}
            </p>
          ) : null}
        </Card>

        <div id="trend">
          <TrendSection title={t("trend.title", { year })} months={d.trend} year={year} />
        </div>
        <CategorySection categories={d.categories} year={year} />
      </div>
    </>
  );
}
