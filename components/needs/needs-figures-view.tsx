import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/types";
import { dashboardFormat } from "../dashboards/format";
import { HeadlineStat } from "../dashboards/headline-stat";
import { Card } from "../ui/card";
import { DataTable } from "../ui/data-table";
import { EmptyState } from "../ui/empty-state";
import { StatusBadge } from "../ui/status-badge";
import { RemindOverdueForm } from "./remind-overdue-form";

type Figures = {
  received: number;
  inLoop: number;
  claimed: number;
  completed: number;
  confirmed: number;
  claimedIn3DaysShare: number | null;
  medianHoursToClaim: number | null;
  medianHoursToComplete: number | null;
  averageRating: number | null;
  rated: number;
};
type Named = Figures & { key: string; name: string };

export type NeedsFiguresData = {
  year: number;
  total: Figures;
  byKind: (Figures & { kind: "WISH" | "SERVICE" | "PROBLEM" })[];
  byCategory: (Figures & { id: string; nameZh: string; nameEn: string })[];
  byGrid: (Figures & { id: string | null; name: string | null })[];
  byCommunity: (Figures & { id: string; name: string })[];
  byEmployer: { unitId: string | null; name: string | null; claimed: number; completed: number; members: number }[];
};

export type OverdueData = {
  needs: {
    id: string;
    communityName: string;
    buildingName: string | null;
    unitName: string | null;
    kind: string;
    status: string;
    content: string;
    days: number;
    limit: number;
  }[];
  limit: number;
};

/** Cells of a figures table: styled once on the body (a street has a hundred grids, decision 082). */
const FIGURE_ROWS =
  "[&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-normal";

/** Hundreds of units employ the members of a street: the table shows those with the most claims. */
const TOP_EMPLOYERS = 20;

type RemindResult = { overdue: number; needsReminded: number; sent: number };

/** The needs figures of the secretary's and the street's dashboards, and the overdue list with its reminders. */
export async function NeedsFiguresView({
  data,
  overdue,
  remind,
  showCommunity,
}: {
  data: NeedsFiguresData;
  overdue: OverdueData;
  remind?: FormAction<RemindResult>;
  showCommunity: boolean;
}) {
  const [t, f, format, locale] = await Promise.all([
    getTranslations("needFigures"),
    dashboardFormat(),
    getFormatter(),
    getLocale(),
  ]);
  const hours = (h: number | null) =>
    h === null
      ? t("none")
      : h >= 48
        ? t("days", { days: format.number(h / 24, { maximumFractionDigits: 1 }) })
        : t("hours", { hours: f.hours(h) });
  const rating = (r: number | null) => (r === null ? t("none") : format.number(r, { maximumFractionDigits: 1 }));
  const total = data.total;

  const table = (title: string, rows: Named[]) =>
    rows.length ? (
      <Card title={title}>
        <DataTable
          frame="figures"
          caption={title}
          bodyClassName={FIGURE_ROWS}
          head={
            <>
              <th scope="col" className="px-3 py-2">
                {t("colName")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colReceived")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colClaimed")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colCompleted")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colIn3Days")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colMedianClaim")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("colRating")}
              </th>
            </>
          }
        >
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{f.count(r.received)}</td>
              <td>{f.count(r.claimed)}</td>
              <td>{f.count(r.completed)}</td>
              <td>{f.rate(r.claimedIn3DaysShare)}</td>
              <td>{hours(r.medianHoursToClaim)}</td>
              <td>{rating(r.averageRating)}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
    ) : null;

  return (
    <>
      {total.received ? (
        <>
          <section aria-label={t("received")} className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
            <HeadlineStat
              label={t("received")}
              value={f.count(total.received)}
              hint={t("receivedHint", { inLoop: total.inLoop })}
            />
            <HeadlineStat label={t("claimed")} value={f.count(total.claimed)} />
            <HeadlineStat
              label={t("completed")}
              value={f.count(total.completed)}
              hint={t("completedHint", { confirmed: total.confirmed })}
            />
            <HeadlineStat label={t("in3Days")} value={f.rate(total.claimedIn3DaysShare)} />
            <HeadlineStat label={t("medianClaim")} value={hours(total.medianHoursToClaim)} />
            <HeadlineStat label={t("medianComplete")} value={hours(total.medianHoursToComplete)} />
            <HeadlineStat
              label={t("rating")}
              value={rating(total.averageRating)}
              hint={t("ratingHint", { rated: total.rated })}
            />
          </section>
          <div className="mb-6 grid gap-4 xl:grid-cols-2">
            {table(
              t("byKind"),
              data.byKind.map((k) => ({ ...k, key: k.kind, name: t(`kind.${k.kind}`) })),
            )}
            {table(
              t("byCategory"),
              data.byCategory.map((c) => ({ ...c, key: c.id, name: locale === "en" ? c.nameEn : c.nameZh })),
            )}
            {showCommunity
              ? table(
                  t("byCommunity"),
                  data.byCommunity.map((c) => ({ ...c, key: c.id })),
                )
              : null}
            {table(
              t("byGrid"),
              data.byGrid.map((g) => ({ ...g, key: g.id ?? "none", name: g.name ?? t("noGrid") })),
            )}
            {data.byEmployer.length ? (
              <Card title={t("byEmployer")}>
                <DataTable
                  frame="figures"
                  caption={t("byEmployer")}
                  head={
                    <>
                      <th scope="col" className="px-3 py-2">
                        {t("colName")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("colEmployerClaimed")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("colEmployerCompleted")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("colEmployerMembers")}
                      </th>
                    </>
                  }
                >
                  {data.byEmployer.slice(0, TOP_EMPLOYERS).map((e) => (
                    <tr key={e.unitId ?? "none"}>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        {e.name ?? t("noEmployer")}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">{f.count(e.claimed)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{f.count(e.completed)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{f.count(e.members)}</td>
                    </tr>
                  ))}
                </DataTable>
                {data.byEmployer.length > TOP_EMPLOYERS ? (
                  <p className="mt-2 text-sm text-gray-600">
                    {t("byEmployerTopOnly", { shown: TOP_EMPLOYERS, total: data.byEmployer.length })}
                  </p>
                ) : null}
              </Card>
            ) : null}
          </div>
        </>
      ) : (
        <div className="mb-6">
          <EmptyState message={t("empty", { year: data.year })} />
        </div>
      )}

      <Card
        title={t("overdueTitle")}
        actions={remind && overdue.needs.length ? <RemindOverdueForm action={remind} label={t("remindAll")} /> : undefined}
      >
        <p className="mb-3 text-sm text-gray-600">{t("overdueHint")}</p>
        {remind && overdue.needs.length ? <p className="mb-3 text-xs text-gray-600">{t("remindAllHint")}</p> : null}
        {overdue.needs.length ? (
          <DataTable
            frame="plain"
            caption={t("overdueTitle")}
            bodyClassName="align-top [&_td]:px-3 [&_td]:py-2"
            head={
              <>
                <th scope="col" className="px-3 py-2">
                  {t("colContent")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colWhere")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colStatus")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("colWaiting")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colHolder")}
                </th>
                {remind ? (
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("remindOne")}</span>
                  </th>
                ) : null}
              </>
            }
          >
            {overdue.needs.map((n) => (
              <tr key={n.id}>
                <td className="max-w-xs">
                  <span className="text-xs text-gray-600">{t(`kind.${n.kind}`)}</span>
                  <div>{n.content}</div>
                </td>
                <td>
                  {showCommunity ? n.communityName : null}
                  {n.buildingName ? <div className="text-xs text-gray-600">{n.buildingName}</div> : null}
                </td>
                <td>
                  <StatusBadge tone={n.status === "CLAIMED" ? "amber" : "red"}>{t(`status.${n.status}`)}</StatusBadge>
                </td>
                <td className="text-right tabular-nums">{t("days", { days: n.days })}</td>
                <td>{n.unitName ?? ""}</td>
                {remind ? (
                  <td>
                    {n.status === "CLAIMED" || n.status === "DISPATCHED" ? (
                      <RemindOverdueForm action={remind} needId={n.id} label={t("remindOne")} />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-sm text-gray-600">{t("overdueEmpty")}</p>
        )}
        {overdue.needs.length >= overdue.limit ? (
          <p className="mt-2 text-xs text-gray-600">{t("overdueLimited", { limit: overdue.limit })}</p>
        ) : null}
      </Card>
    </>
  );
}
