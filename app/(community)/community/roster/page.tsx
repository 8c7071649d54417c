import { getTranslations } from "next-intl/server";
import { parseColumns } from "@/components/roster/columns";
import { RosterFilters } from "@/components/roster/roster-filters";
import { RosterTable } from "@/components/roster/roster-table";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listRoster } from "@/lib/roster/list-roster";
import { listRosterFilterOptions } from "@/lib/roster/list-roster-filter-options";
import { parseRosterFilter, rosterQuery } from "@/lib/roster/roster-filter";
import { reReportStatuses } from "@/lib/re-report/re-report-statuses";

type Search = Record<string, string | string[] | undefined>;

export default async function RosterPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("roster.view");
  const search = await searchParams;
  const filter = parseRosterFilter(search);
  const columns = parseColumns(search.cols);
  const [roster, options, t] = await Promise.all([
    listRoster({ actor, input: { filter } }),
    listRosterFilterOptions({ actor, input: { selectedEmployerId: filter.employerUnitId } }),
    getTranslations("roster"),
  ]);
  const [reReport, ti] = await Promise.all([
    columns.includes("reReport") ? reReportStatuses(roster.rows) : undefined,
    getTranslations("identity.print"),
  ]);
  const printing = can(actor, "identity.print");
  const query = rosterQuery({ ...filter, page: undefined });
  const filtered = query !== rosterQuery({ sort: filter.sort, dir: filter.dir });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {can(actor, "roster.import") ? (
              <>
                <a href="/community/roster/template" download className={buttonClass("ghost")}>
                  {t("template")}
                </a>
                <LinkButton href="/community/roster/import" variant="secondary">
                  {t("import")}
                </LinkButton>
              </>
            ) : null}
            {printing ? (
              <>
                <a href={`/community/roster/badges?${query}`} className={buttonClass("secondary")} download>
                  {ti("badges")}
                </a>
                <a href="/community/roster/plaques" className={buttonClass("secondary")} download>
                  {ti("plaques")}
                </a>
              </>
            ) : null}
            {can(actor, "roster.export") ? (
              <a href={`/community/roster/export?${query}`} className={buttonClass("primary")} download>
                {t("export")}
              </a>
            ) : null}
          </>
        }
      />
      <RosterFilters
        filter={filter}
        options={options}
        statusCounts={roster.statusCounts}
        gridCounts={roster.gridCounts}
        columns={columns}
      />
      <p className="mb-2 text-sm text-gray-700" role="status">
        {t("resultCount", { count: roster.total })}
      </p>
      {roster.rows.length ? (
        <>
          {printing ? (
            <form
              id="badges-form"
              method="get"
              action="/community/roster/badges"
              className="mb-2 flex flex-wrap items-center gap-3"
            >
              <input type="hidden" name="ticked" value="1" />
              <button type="submit" className={buttonClass("secondary")}>
                {ti("badgesTicked")}
              </button>
              <span className="text-sm text-gray-600">{ti("tickHint")}</span>
            </form>
          ) : null}
          <RosterTable rows={roster.rows} columns={columns} reReport={reReport} tickForm={printing ? "badges-form" : undefined} />
        </>
      ) : (
        <EmptyState
          message={filtered ? t("noMatch") : t("empty")}
          action={
            filtered ? (
              <LinkButton href="/community/roster" variant="secondary">
                {t("clear")}
              </LinkButton>
            ) : (
              <LinkButton href="/community/roster/import">{t("import")}</LinkButton>
            )
          }
        />
      )}
      <Pagination
        page={roster.page}
        pageSize={roster.pageSize}
        total={roster.total}
        params={{ ...Object.fromEntries(new URLSearchParams(query)), cols: search.cols ? columns.join(",") : undefined }}
      />
    </>
  );
}
