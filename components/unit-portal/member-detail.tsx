import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { getUnitMember } from "@/lib/unit-portal/get-unit-member";
import { Card, Stat } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { StatusBadge } from "../ui/status-badge";
import { STATUS_TONE } from "./member-table";

type Detail = Awaited<ReturnType<typeof getUnitMember>>;

/** One member for the unit: totals, published stars, and each community's record. */
export async function UnitMemberDetail({ detail }: { detail: Detail }) {
  const [t, ts, format, locale] = await Promise.all([getTranslations("unitPortal.member"), getTranslations("unitPortal.statuses"), getFormatter(), getLocale()]);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const name = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-gray-600">{label}</dt>
      <dd>{value || "—"}</dd>
    </>
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="member-totals">
        <h2 id="member-totals" className="mb-2 text-lg font-semibold text-gray-900">{t("totals")}</h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("balance")} value={num(detail.totals.balance)} />
          <Stat label={t("activities")} value={num(detail.totals.activities)} />
          <Stat label={t("hours")} value={num(detail.totals.hours)} />
          <Stat label={t("thisYear")} value={num(detail.totals.activitiesThisYear)} />
        </div>
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("stars")}>
          {detail.ratings.length ? (
            <ul className="space-y-2 text-sm">
              {detail.ratings.map((r) => (
                <li key={r.id}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{t("starLine", { year: String(r.year), community: r.community })}</span>
                    {r.stars > 0 ? (
                      <span className="text-amber-600">
                        <span aria-hidden="true">{"★".repeat(r.stars)}</span> {t("starCount", { stars: r.stars })}
                      </span>
                    ) : (
                      <span className="text-gray-600">{t("notRated")}</span>
                    )}
                    {r.final ? null : <StatusBadge tone="amber">{t("publicity")}</StatusBadge>}
                  </div>
                  <p className="text-gray-600">{t("ratingPoints", { points: r.points, activities: r.activities })}</p>
                  {r.story ? <p className="mt-1">{r.story}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-gray-600">{t("noStars")}</p>
          )}
        </Card>
        <Card>
          <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
            {row(t("position"), detail.position)}
            {row(t("branch"), detail.employerBranch)}
            {row(t("skills"), detail.skills.join("、"))}
          </dl>
        </Card>
      </div>

      <h2 className="text-lg font-semibold text-gray-900">{t("entries")}</h2>
      {detail.entries.map((e) => (
        <Card key={e.id} title={t("entryIn", { community: e.community })} actions={<StatusBadge tone={STATUS_TONE[e.status]}>{ts(e.status)}</StatusBadge>}>
          <dl className="mb-4 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
            {row(t("residence"), [e.grid, e.building, e.room].filter(Boolean).join(" · "))}
            {row(t("reportedAt"), date(e.reportedAt))}
            {e.verifiedAt ? row(t("verifiedAt"), date(e.verifiedAt)) : null}
            {e.movedOutAt ? row(t("movedOutAt"), date(e.movedOutAt)) : null}
          </dl>
          <div className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Stat label={t("balance")} value={num(e.service.totals.balance)} />
            <Stat label={t("activities")} value={num(e.service.totals.activities)} />
            <Stat label={t("hours")} value={num(e.service.totals.hours)} />
            <Stat label={t("thisYear")} value={num(e.service.totals.activitiesThisYear)} />
          </div>
          <div className="space-y-4 text-sm">
            <section>
              <h3 className="mb-1 font-medium">{t("pledges")}</h3>
              {e.service.pledges.length ? (
                <ul className="space-y-1">
                  {e.service.pledges.map((p) => (
                    <li key={p.id}>
                      {p.year} · {name(p.item.category)} · <span className="font-medium">{p.item.title}</span>：{p.remark}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-gray-600">{t("noPledges")}</p>
              )}
            </section>
            <section>
              <h3 className="mb-1 font-medium">{t("upcoming")}</h3>
              {e.service.upcoming.length ? (
                <ul className="space-y-1">
                  {e.service.upcoming.map((s) => (
                    <li key={s.id}>
                      {s.activity.title} · {format.dateTime(s.activity.startsAt, { dateStyle: "medium", timeStyle: "short" })} · {t(`signup.${s.status}`)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-gray-600">{t("noUpcoming")}</p>
              )}
            </section>
            <section>
              <h3 className="mb-1 font-medium">{t("records")}</h3>
              {e.service.records.length ? (
                <div className="overflow-x-auto">
                  <table className="min-w-full">
                    <thead className="text-left text-gray-700">
                      <tr>
                        <th scope="col" className="py-1 pr-3">{t("date")}</th>
                        <th scope="col" className="py-1 pr-3">{t("activity")}</th>
                        <th scope="col" className="py-1 pr-3">{t("category")}</th>
                        <th scope="col" className="py-1 pr-3">{t("recordStatus")}</th>
                        <th scope="col" className="py-1 pr-3 text-right">{t("hoursShort")}</th>
                        <th scope="col" className="py-1 text-right">{t("points")}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-gray-100">
                      {e.service.records.map((r) => (
                        <tr key={r.id}>
                          <td className="tabular py-1 pr-3 whitespace-nowrap">{date(r.activity.startsAt)}</td>
                          <td className="py-1 pr-3">{r.activity.title}</td>
                          <td className="py-1 pr-3 whitespace-nowrap">{name(r.activity.category)}</td>
                          <td className="py-1 pr-3 whitespace-nowrap">{t(`record.${r.status}`)}</td>
                          <td className="tabular py-1 pr-3 text-right">{num(r.hours)}</td>
                          <td className="tabular py-1 text-right">{num(r.points)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <EmptyState message={t("noRecords")} />
              )}
            </section>
          </div>
        </Card>
      ))}
    </div>
  );
}
