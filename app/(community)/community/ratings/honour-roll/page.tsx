import { getTranslations } from "next-intl/server";
import { NeedStories } from "@/components/needs/need-stories";
import { HonourRoll } from "@/components/ratings/honour-roll";
import { PrintButton, PrintStyles } from "@/components/ratings/print";
import { RatingsTabs } from "@/components/ratings/ratings-tabs";
import { Stars } from "@/components/ratings/stars";
import { StoryForm } from "@/components/ratings/story-form";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { getHonourRoll } from "@/lib/ratings/get-honour-roll";
import { listStoryCandidates } from "@/lib/ratings/list-story-candidates";
import { getRatingRound } from "@/lib/ratings/get-rating-round";
import { listNeedStories } from "@/lib/needs/list-need-wall";
import { anyYear, currentYear, parseYear, yearRange } from "@/lib/time";
import { setRatingStoryAction } from "@/app/(community)/community/ratings/actions";
import { parsePage } from "@/lib/validation/fields";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecretaryHonourRollPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("ratings.manage");
  const params = await searchParams;
  const year = parseYear(params.year, anyYear());
  const page = parsePage(params.page);
  const range = yearRange(year);
  const [roll, candidates, overview, t, needStories] = await Promise.all([
    getHonourRoll({ actor, input: { year } }),
    listStoryCandidates({ actor, input: { year, page } }),
    getRatingRound({ actor, input: { year } }),
    getTranslations("ratings"),
    // 微故事 of residents' needs confirmed and written up this year (lib/needs)
    listNeedStories({ input: { communityId: actor.active!.orgId, from: range.start, to: range.end } }),
  ]);

  return (
    <>
      <PrintStyles />
      <div data-print-hide>
        <PageHeader
          title={t("honour.pageTitle")}
          description={t("honour.pageDescription", { year })}
          actions={roll.published ? <PrintButton /> : undefined}
        />
        <YearSwitcher year={year} thisYear={currentYear()} basePath="/community/ratings/honour-roll" />
        <RatingsTabs year={year} current="honourRoll" openObjections={overview.objections.open} />
      </div>

      <div className="space-y-8">
        {roll.published ? (
          <>
            <HonourRoll roll={roll} />
            <NeedStories stories={needStories} />
          </>
        ) : (
          <EmptyState
            message={t("honour.notPublished")}
            action={<LinkButton href={`/community/ratings?year=${year}`}>{t("tabs.overview")}</LinkButton>}
          />
        )}

        <section aria-labelledby="stories-heading" className="space-y-3" data-print-hide>
          <div>
            <h2 id="stories-heading" className="text-lg font-semibold text-gray-900">
              {t("honour.storiesTitle", { count: candidates.total })}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-gray-600">{t("honour.storiesHint")}</p>
          </div>
          {candidates.rows.length ? (
            <>
              <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
                {candidates.rows.map((row) => (
                  <li key={row.id} className="p-4">
                    <div className="flex flex-wrap items-center gap-3">
                      <span className="font-medium text-gray-900">{row.member.name}</span>
                      <Stars count={row.stars} />
                      <span className="text-sm text-gray-600">
                        {t("ratingLine", { points: row.points, activities: row.activities })}
                      </span>
                    </div>
                    {row.story ? <p className="mt-1 whitespace-pre-line text-sm text-gray-800">{row.story}</p> : null}
                    <details className="mt-2">
                      <summary className="inline-flex min-h-10 cursor-pointer items-center text-sm underline">
                        {row.story ? t("editStory") : t("writeStory")}
                      </summary>
                      <div className="mt-3 max-w-2xl">
                        <StoryForm action={setRatingStoryAction} ratingId={row.id} name={row.member.name} story={row.story} />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
              <Pagination
                page={candidates.page}
                pageSize={candidates.pageSize}
                total={candidates.total}
                params={{ year: String(year) }}
              />
            </>
          ) : (
            <EmptyState message={t("honour.noCandidates")} />
          )}
        </section>
      </div>
    </>
  );
}
