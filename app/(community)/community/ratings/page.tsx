import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { RatingsTabs } from "@/components/ratings/ratings-tabs";
import { ComputeDraftForm, FinalizeForm, StartPublicityForm } from "@/components/ratings/round-actions";
import { RoundStatusBadge } from "@/components/ratings/round-status";
import { RatingRuleForm } from "@/components/ratings/rule-form";
import { RuleSummary } from "@/components/ratings/rule-summary";
import { Stars } from "@/components/ratings/stars";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getRatingRound } from "@/lib/ratings/get-rating-round";
import { anyYear, currentYear, parseYear } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";
import {
  computeRatingDraftAction,
  finalizeRatingsAction,
  saveRatingRuleAction,
  startPublicityAction,
} from "@/app/(community)/community/ratings/actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "ratings.title" });
}

export default async function RatingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("ratings.manage");
  const year = parseYear((await searchParams).year, anyYear());
  const [overview, t, format] = await Promise.all([
    getRatingRound({ actor, input: { year } }),
    getTranslations("ratings"),
    getFormatter(),
  ]);
  const { round, rule } = overview;
  const status = round?.status ?? null;
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { year, community: overview.communityName })}
        actions={
          status === "PUBLICITY" || status === "FINAL" ? (
            <LinkButton href={`/community/ratings/honour-roll?year=${year}`} variant="secondary">
              {t("tabs.honourRoll")}
            </LinkButton>
          ) : undefined
        }
      />
      <YearSwitcher year={year} thisYear={currentYear()} basePath="/community/ratings" />
      <RatingsTabs year={year} current="overview" openObjections={overview.objections.open} />

      <div className="space-y-6">
        <Card title={t("step.title")} actions={<RoundStatusBadge status={status} />}>
          <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
            <div className="space-y-2 text-gray-800">
              <p>{t(`step.${status ?? "NONE"}`)}</p>
              {round?.computedAt ? (
                <p className="text-sm text-gray-600">{t("computedAt", { date: when(round.computedAt) })}</p>
              ) : null}
              {round && status !== "DRAFT" ? (
                <p className="text-sm text-gray-700">
                  {t("windowText", { start: when(round.publicityStart), end: when(round.publicityEnd) })}
                </p>
              ) : null}
              {status === "PUBLICITY" ? (
                <ul className="list-disc space-y-1 pl-5 text-sm text-gray-700">
                  <li>
                    {round?.window === "ENDED"
                      ? t("finalizeCheck.windowEnded")
                      : t("finalizeCheck.windowRunning", { end: when(round?.publicityEnd ?? null) })}
                  </li>
                  <li>
                    {overview.objections.open
                      ? t("finalizeCheck.objectionsOpen", { count: overview.objections.open })
                      : t("finalizeCheck.noOpenObjections")}
                  </li>
                </ul>
              ) : null}
              {status === "FINAL" && round?.finalizedAt ? (
                <p className="text-sm text-gray-700">{t("finalizedAt", { date: when(round.finalizedAt) })}</p>
              ) : null}
            </div>
            <div className="space-y-3">
              {status === null || status === "DRAFT" || status === "PUBLICITY" ? (
                <ComputeDraftForm
                  action={computeRatingDraftAction}
                  year={year}
                  again={!!round?.computedAt}
                  duringPublicity={status === "PUBLICITY"}
                />
              ) : null}
              {status === "DRAFT" && round?.computedAt ? (
                <StartPublicityForm action={startPublicityAction} year={year} days={rule.publicityDays} />
              ) : null}
              {status === "PUBLICITY" ? <FinalizeForm action={finalizeRatingsAction} year={year} /> : null}
              {round?.computedAt ? (
                <LinkButton href={`/community/ratings/scores?year=${year}`} variant="secondary" className="w-full">
                  {status === "FINAL" ? t("viewScores") : t("enterScores")}
                </LinkButton>
              ) : null}
            </div>
          </div>
        </Card>

        {round?.computedAt ? (
          <section aria-labelledby="counts-heading" className="space-y-3">
            <h2 id="counts-heading" className="text-lg font-semibold text-gray-900">
              {t("countsTitle")}
            </h2>
            <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
              <Stat label={t("stats.activeMembers")} value={overview.activeMembers} />
              <Stat
                label={t("stats.rated")}
                value={overview.rated}
                hint={overview.rated !== overview.activeMembers ? t("stats.recomputeHint") : undefined}
              />
              <Stat label={t("stats.honoured")} value={overview.byStars[3] + overview.byStars[4] + overview.byStars[5]} />
              <Stat label={t("stats.openObjections")} value={overview.objections.open} />
            </div>
            <DataTable
              caption={t("countsTitle")}
              head={
                <>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("cols.stars")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("cols.members")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("cols.minScore")}
                  </th>
                </>
              }
            >
              {[5, 4, 3, 2, 1, 0].map((stars) => (
                <tr key={stars}>
                  <td className="px-3 py-2">
                    <Stars count={stars} />
                  </td>
                  <td className="tabular px-3 py-2 text-right">{overview.byStars[stars]}</td>
                  <td className="tabular px-3 py-2 text-right">{stars ? rule.thresholds[stars - 1] : "—"}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        ) : null}

        <Card title={t("rule.title")}>
          {status === null || status === "DRAFT" ? (
            <>
              {status === null ? <p className="mb-4 text-sm text-gray-700">{t("rule.defaultsNote")}</p> : null}
              <RatingRuleForm action={saveRatingRuleAction} year={year} rule={rule} />
            </>
          ) : (
            <div className="space-y-4">
              <p className="text-sm text-gray-700">{t("rule.locked")}</p>
              <RuleSummary rule={rule} />
              <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm">
                <dt className="text-gray-600">{t("rule.publicityDays")}</dt>
                <dd className="tabular">{t("daysCount", { count: rule.publicityDays })}</dd>
                <dt className="text-gray-600">{t("rule.standardText")}</dt>
                <dd className="whitespace-pre-line">{rule.standardText ?? "—"}</dd>
              </dl>
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
