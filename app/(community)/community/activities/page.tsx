import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryLabel } from "@/components/activities/category-label";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ACTIVITY_TABS, listCommunityActivities, type ActivityTab } from "@/lib/activities/list-community-activities";
import { requirePermission } from "@/lib/auth/session";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { listTeamChoices } from "@/lib/teams/list-team-choices";
import { parseIdParam, parsePage } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "activities.title" });
}

export default async function ActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string; page?: string; team?: string }>;
}) {
  const actor = await requirePermission("activities.manage");
  const search = await searchParams;
  const tab: ActivityTab = (ACTIVITY_TABS as readonly string[]).includes(search.tab ?? "")
    ? (search.tab as ActivityTab)
    : "upcoming";
  const teamId = parseIdParam(search.team);
  const [{ activities, total, page, pageSize }, t, format, teams] = await Promise.all([
    listCommunityActivities({ actor, input: { tab, page: parsePage(search.page), teamId } }),
    getTranslations("activities"),
    getFormatter(),
    listTeamChoices({ actor }),
  ]);
  const teamParam = teamId ? `&team=${teamId}` : "";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<LinkButton href="/community/activities/new">{t("new")}</LinkButton>}
      />
      <nav aria-label={t("tabs")} className="mb-4 flex flex-wrap gap-2">
        {ACTIVITY_TABS.map((key) => (
          <Link
            key={key}
            href={`/community/activities?tab=${key}${teamParam}`}
            aria-current={key === tab ? "page" : undefined}
            className={`rounded-full px-4 py-1.5 text-sm ${key === tab ? "bg-accent text-white" : "bg-white text-gray-700 ring-1 ring-gray-300 hover:bg-gray-100"}`}
          >
            {t(`tab.${key}`)}
          </Link>
        ))}
      </nav>
      {teams.length ? (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="tab" value={tab} />
          <FilterSelect
            name="team"
            label={t("team")}
            value={teamId}
            emptyLabel={t("allTeams")}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
          />
          <button type="submit" className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm">
            {t("filter")}
          </button>
        </form>
      ) : null}
      {activities.length ? (
        <DataTable
          head={
            <>
              <th scope="col" className="px-4 py-2">
                {t("titleLabel")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("category")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("time")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("place")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("signedUp")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("waitlist")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("attended")}
              </th>
            </>
          }
        >
          {activities.map((a) => (
            <tr key={a.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/community/activities/${a.id}`} className="underline-offset-2 hover:underline">
                  {a.title}
                </Link>
                {a.team ? <span className="ml-2 text-xs text-gray-600">{a.team.name}</span> : null}
              </td>
              <td className="px-4 py-2">
                <CategoryLabel category={a.category} />
              </td>
              <td className="tabular px-4 py-2 whitespace-nowrap">
                {format.dateTimeRange(a.startsAt, a.endsAt, {
                  month: "numeric",
                  day: "numeric",
                  weekday: "short",
                  hour: "2-digit",
                  minute: "2-digit",
                })}
              </td>
              <td className="px-4 py-2">{a.place}</td>
              <td className="tabular px-4 py-2 text-right">
                {a.confirmedCount} / {a.capacity}
              </td>
              <td className="tabular px-4 py-2 text-right">{a._count.signups}</td>
              <td className="tabular px-4 py-2 text-right">{a._count.records}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState message={t(`empty.${tab}`)} action={<LinkButton href="/community/activities/new">{t("new")}</LinkButton>} />
      )}
      <Pagination page={page} pageSize={pageSize} total={total} params={teamId ? { tab, team: teamId } : { tab }} />
    </>
  );
}
