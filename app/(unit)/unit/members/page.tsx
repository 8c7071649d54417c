import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UnitMemberFilters } from "@/components/unit-portal/member-filters";
import { UnitMemberTable } from "@/components/unit-portal/member-table";
import { reReportStatuses } from "@/lib/re-report/re-report-statuses";
import { requirePermission } from "@/lib/auth/session";
import { listUnitMemberFilterOptions } from "@/lib/unit-portal/list-unit-member-filter-options";
import { listUnitMembers } from "@/lib/unit-portal/list-unit-members";
import { parseUnitMemberFilter, unitMemberQuery } from "@/lib/unit-portal/unit-member-filter";

type Search = Record<string, string | string[] | undefined>;

/** 本单位党员: the unit's members wherever they live, filters in the URL, server-side pages. */
export default async function UnitMembersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("unit.members");
  const filter = parseUnitMemberFilter(await searchParams);
  const [list, options, t, locale] = await Promise.all([
    listUnitMembers({ actor, input: { filter } }),
    listUnitMemberFilterOptions({ actor }),
    getTranslations("unitPortal.members"),
    getLocale(),
  ]);
  const query = unitMemberQuery({ ...filter, page: undefined });
  const filtered = unitMemberQuery({ ...filter, page: undefined, sort: undefined, dir: undefined, year: undefined }) !== "";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a href={`/unit/members/export?${query}`} className={buttonClass("primary")} download>
            {t("export")}
          </a>
        }
      />
      <UnitMemberFilters filter={filter} options={options} locale={locale} />
      <p className="mb-2 text-sm text-gray-700" role="status">
        {t("resultCount", { count: list.total })}
      </p>
      {list.rows.length ? (
        <UnitMemberTable
          rows={list.rows}
          year={list.year}
          reReport={await reReportStatuses(list.rows.map((m) => ({ ...m, verifiedAt: null })))}
        />
      ) : (
        <EmptyState
          message={filtered || list.total > 0 ? t("noMatch") : `${t("empty")} ${t("emptyHint")}`}
          action={
            filtered ? (
              <LinkButton href="/unit/members" variant="secondary">
                {t("clear")}
              </LinkButton>
            ) : undefined
          }
        />
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        params={Object.fromEntries(new URLSearchParams(query))}
      />
    </>
  );
}
