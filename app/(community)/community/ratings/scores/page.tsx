import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { RatingsTabs } from "@/components/ratings/ratings-tabs";
import { RoundStatusBadge } from "@/components/ratings/round-status";
import { ScoreTable } from "@/components/ratings/score-table";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/ui/search-box";
import { requirePermission } from "@/lib/auth/session";
import { getRatingRound } from "@/lib/ratings/get-rating-round";
import { listRatings } from "@/lib/ratings/list-ratings";
import { anyYear, currentYear, parseYear } from "@/lib/time";
import { setRatingScoresAction } from "@/app/(community)/community/ratings/actions";
import { parsePage, parseQueryText } from "@/lib/validation/fields";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "ratings.scoresTitle" });
}

export default async function RatingScoresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("ratings.manage");
  const params = await searchParams;
  const year = parseYear(params.year, anyYear());
  const q = parseQueryText(params.q);
  const page = parsePage(params.page);
  const [list, overview, t] = await Promise.all([
    listRatings({ actor, input: { year, page, query: q } }),
    getRatingRound({ actor, input: { year } }),
    getTranslations("ratings"),
  ]);
  const status = list.round?.status ?? null;

  return (
    <>
      <PageHeader
        title={t("scoresTitle")}
        description={t("scoresDescription", { year })}
        actions={<RoundStatusBadge status={status} />}
      />
      <YearSwitcher year={year} thisYear={currentYear()} basePath="/community/ratings/scores" />
      <RatingsTabs year={year} current="scores" openObjections={overview.objections.open} />
      {!overview.round?.computedAt ? (
        <EmptyState
          message={t("scoresEmpty")}
          action={<LinkButton href={`/community/ratings?year=${year}`}>{t("goCompute")}</LinkButton>}
        />
      ) : (
        <div className="space-y-4">
          <p className="max-w-3xl text-sm text-gray-700">{status === "FINAL" ? t("scoresReadOnly") : t("scoresHint")}</p>
          <SearchBox label={t("searchMember")} defaultValue={q} extra={{ year: String(year) }} />
          {list.rows.length ? (
            <ScoreTable action={setRatingScoresAction} year={year} rows={list.rows} editable={status !== "FINAL"} />
          ) : (
            <EmptyState message={t("noMatch")} />
          )}
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} params={{ year: String(year), q }} />
        </div>
      )}
    </>
  );
}
