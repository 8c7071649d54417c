import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerObjectionForm } from "@/components/ratings/objection-forms";
import { RatingsTabs } from "@/components/ratings/ratings-tabs";
import { ObjectionStatusBadge, RoundStatusBadge } from "@/components/ratings/round-status";
import { Stars } from "@/components/ratings/stars";
import { YearSwitcher } from "@/components/ui/year-switcher";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listObjections } from "@/lib/ratings/list-objections";
import { anyYear, currentYear, parseYear } from "@/lib/time";
import { answerObjectionAction } from "@/app/(community)/community/ratings/actions";
import { Notice } from "@/components/ui/notice";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "ratings.objectionsTitle" });
}

export default async function RatingObjectionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("ratings.manage");
  const year = parseYear((await searchParams).year, anyYear());
  const [list, t, format] = await Promise.all([
    listObjections({ actor, input: { year } }),
    getTranslations("ratings"),
    getFormatter(),
  ]);
  const open = list.objections.filter((o) => o.status === "OPEN").length;
  const status = list.round?.status ?? null;

  return (
    <>
      <PageHeader
        title={t("objectionsTitle")}
        description={t("objectionsDescription", { year })}
        actions={<RoundStatusBadge status={status} />}
      />
      <YearSwitcher year={year} thisYear={currentYear()} basePath="/community/ratings/objections" />
      <RatingsTabs year={year} current="objections" openObjections={open} />
      {list.objections.length === 0 ? (
        <EmptyState
          message={status === "PUBLICITY" ? t("objectionsNoneYet") : t("objectionsNone")}
          action={
            <LinkButton href={`/community/ratings?year=${year}`} variant="secondary">
              {t("tabs.overview")}
            </LinkButton>
          }
        />
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-gray-700" role="status">
            {t("objectionsSummary", { total: list.objections.length, open })}
          </p>
          <ul className="space-y-4">
            {list.objections.map((o) => (
              <li key={o.id} id={`objection-${o.id}`}>
                <article className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h2 className="font-semibold text-gray-900">{t("objectionBy", { name: o.member.name })}</h2>
                      <p className="text-sm text-gray-600">
                        {format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </p>
                    </div>
                    <ObjectionStatusBadge status={o.status} />
                  </div>
                  <p className="mt-2 text-sm text-gray-700">
                    {o.rating ? (
                      <span className="inline-flex flex-wrap items-center gap-2">
                        {t("aboutOwn")} <Stars count={o.rating.stars} />{" "}
                        {t("ratingDetail", { points: o.rating.points, score: o.rating.score })}
                      </span>
                    ) : (
                      t("aboutOther")
                    )}
                  </p>
                  <p className="mt-2 whitespace-pre-line text-gray-900">{o.reason}</p>
                  {o.status === "ANSWERED" ? (
                    <Notice tone="success" size="sm" className="mt-3">
                      <p className="font-medium">
                        {t("answerGiven", {
                          date: o.answeredAt ? format.dateTime(o.answeredAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
                        })}
                      </p>
                      <p className="whitespace-pre-line">{o.answer}</p>
                    </Notice>
                  ) : status !== "FINAL" ? (
                    <div className="mt-4 max-w-2xl">
                      <AnswerObjectionForm action={answerObjectionAction} id={o.id} />
                    </div>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
