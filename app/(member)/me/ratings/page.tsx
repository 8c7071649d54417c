import { getFormatter, getTranslations } from "next-intl/server";
import { FileObjectionForm } from "@/components/ratings/objection-forms";
import { ObjectionStatusBadge, RoundStatusBadge } from "@/components/ratings/round-status";
import { RuleSummary } from "@/components/ratings/rule-summary";
import { Stars } from "@/components/ratings/stars";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import { getMemberRatings } from "@/lib/ratings/get-member-ratings";
import { anyYear, parseYear } from "@/lib/time";
import { NothingPublishedYet } from "@/components/ratings/nothing-yet";
import { fileObjectionAction } from "@/app/(member)/me/ratings/actions";
import { parsePage } from "@/lib/validation/fields";
import { Notice } from "@/components/ui/notice";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MemberRatingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("self.ratings");
  const params = await searchParams;
  const year = parseYear(params.year, { ...anyYear(), fallback: undefined });
  const page = parsePage(params.page);
  const [view, t, format] = await Promise.all([
    getMemberRatings({ actor, input: { year, page } }),
    getTranslations("ratings"),
    getFormatter(),
  ]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—");

  if (view.state === "NONE") {
    return (
      <NothingPublishedYet
        title={t("memberView.title")}
        message={year ? t("memberView.noneForYear", { year }) : t("memberView.none")}
      />
    );
  }

  const { round } = view;
  // group the page's rows by star level, keeping the order (stars descending)
  const groups: { stars: number; rows: typeof view.rows }[] = [];
  for (const row of view.rows) {
    const last = groups[groups.length - 1];
    if (last && last.stars === row.stars) last.rows.push(row);
    else groups.push({ stars: row.stars, rows: [row] });
  }

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold">{t("memberView.yearTitle", { year: view.year })}</h1>
        <p className="mt-1 text-gray-700">{view.communityName}</p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <RoundStatusBadge status={round.status} />
          {round.status === "PUBLICITY" ? (
            <span className="text-sm text-gray-700">
              {t("windowText", { start: when(round.publicityStart), end: when(round.publicityEnd) })}
            </span>
          ) : null}
        </div>
      </div>

      {view.mine ? (
        <section aria-labelledby="mine-heading" className="rounded-lg border-2 border-gray-900 bg-white p-4 shadow-sm">
          <h2 id="mine-heading" className="font-semibold text-gray-900">
            {t("memberView.mine")}
          </h2>
          <div className="mt-2">
            <Stars count={view.mine.stars} size="lg" />
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            <dt className="text-gray-600">{t("cols.points")}</dt>
            <dd className="tabular text-right">{view.mine.points}</dd>
            <dt className="text-gray-600">{t("cols.activities")}</dt>
            <dd className="tabular text-right">{view.mine.activities}</dd>
            {round.peerWeight ? (
              <>
                <dt className="text-gray-600">{t("cols.peerScore")}</dt>
                <dd className="tabular text-right">{view.mine.peerScore ?? "—"}</dd>
              </>
            ) : null}
            {round.residentWeight ? (
              <>
                <dt className="text-gray-600">{t("cols.residentScore")}</dt>
                <dd className="tabular text-right">{view.mine.residentScoreOverride ?? view.mine.residentScore ?? "—"}</dd>
              </>
            ) : null}
            <dt className="font-medium text-gray-800">{t("cols.score")}</dt>
            <dd className="tabular text-right font-medium">{view.mine.score}</dd>
          </dl>
        </section>
      ) : view.activeMember ? (
        <Card>
          <p className="text-gray-800">{t("memberView.notRated")}</p>
        </Card>
      ) : null}

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-lg font-semibold text-gray-900">
          {t("memberView.listTitle", { count: view.total })}
        </h2>
        {view.total === 0 ? (
          <p className="text-gray-700">{t("memberView.listEmpty")}</p>
        ) : (
          groups.map((group) => (
            <div key={group.stars} className="rounded-lg border border-gray-200 bg-white">
              <h3 className="flex items-center gap-2 border-b border-gray-100 px-4 py-2 font-medium text-gray-900">
                <Stars count={group.stars} />
                <span>{t("honour.groupLabel", { stars: group.stars })}</span>
              </h3>
              <ul className="divide-y divide-gray-100">
                {group.rows.map((row) => (
                  <li
                    key={row.id}
                    className={`flex min-h-11 items-center justify-between gap-3 px-4 py-2 ${row.isMine ? "bg-blue-50 font-semibold" : ""}`}
                    aria-current={row.isMine ? "true" : undefined}
                  >
                    <span>
                      {row.name}
                      {row.isMine ? <span className="ml-1 text-sm font-normal text-blue-900">{t("memberView.you")}</span> : null}
                    </span>
                    <Stars count={row.stars} />
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
        {view.total > view.pageSize ? (
          <Pagination page={view.page} pageSize={view.pageSize} total={view.total} params={{ year: String(view.year) }} />
        ) : null}
      </section>

      <section aria-labelledby="standard-heading" className="space-y-2">
        <h2 id="standard-heading" className="text-lg font-semibold text-gray-900">
          {t("honour.standard")}
        </h2>
        {round.standardText ? <p className="whitespace-pre-line text-gray-800">{round.standardText}</p> : null}
        <RuleSummary rule={round} compact />
      </section>

      <section aria-labelledby="objection-heading" className="space-y-3 border-t border-gray-200 pt-5">
        <h2 id="objection-heading" className="text-lg font-semibold text-gray-900">
          {t("memberView.objectionTitle")}
        </h2>
        {view.canObject ? (
          <>
            <p className="text-gray-700">{t("memberView.objectionIntro", { end: when(round.publicityEnd) })}</p>
            <details>
              <summary className={buttonClass("primary", "w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
                {t("memberView.objectionOpen")}
              </summary>
              <div className="mt-4">
                <FileObjectionForm action={fileObjectionAction} roundId={round.id} hasOwnRating={!!view.mine} />
              </div>
            </details>
          </>
        ) : (
          <p className="text-gray-700">
            {!view.activeMember && round.status === "PUBLICITY"
              ? t("memberView.objectionMembersOnly")
              : round.status === "FINAL" || round.window === "ENDED"
                ? t("memberView.objectionClosed")
                : t("memberView.objectionNotOpen", { start: when(round.publicityStart) })}
          </p>
        )}
        {view.objections.length ? (
          <ul className="space-y-3">
            {view.objections.map((o) => (
              <li key={o.id} className="rounded-lg border border-gray-200 bg-white p-3">
                <div className="flex items-start justify-between gap-2">
                  <span className="text-sm text-gray-600">
                    {format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                  <ObjectionStatusBadge status={o.status} />
                </div>
                <p className="mt-1 whitespace-pre-line text-gray-900">{o.reason}</p>
                {o.answer ? (
                  <Notice tone="success" size="sm" className="mt-2">
                    <p className="font-medium">{t("memberView.answer")}</p>
                    <p className="whitespace-pre-line">{o.answer}</p>
                  </Notice>
                ) : (
                  <p className="mt-2 text-sm text-amber-800">{t("memberView.awaitingAnswer")}</p>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <LinkButton href={`/me/honour-roll?year=${view.year}`} variant="secondary" className="w-full">
        {t("memberView.toHonourRoll")}
      </LinkButton>
    </div>
  );
}
