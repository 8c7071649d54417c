import { getFormatter, getTranslations } from "next-intl/server";
import type { getUnitMember } from "@/lib/unit-portal/get-unit-member";
import { ServiceRecordView } from "../members/service-record-view";
import { Card, Stat } from "../ui/card";
import { StatusBadge } from "../ui/status-badge";
import { STATUS_TONE } from "./member-table";

type Detail = Awaited<ReturnType<typeof getUnitMember>>;

/** One member for the unit: totals, published stars, and each community's record. */
export async function UnitMemberDetail({ detail }: { detail: Detail }) {
  const [t, ts, format] = await Promise.all([
    getTranslations("unitPortal.member"),
    getTranslations("unitPortal.statuses"),
    getFormatter(),
  ]);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-gray-600">{label}</dt>
      <dd>{value || "—"}</dd>
    </>
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="member-totals">
        <h2 id="member-totals" className="mb-2 text-lg font-semibold text-gray-900">
          {t("totals")}
        </h2>
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
        <Card
          key={e.id}
          title={t("entryIn", { community: e.community })}
          actions={<StatusBadge tone={STATUS_TONE[e.status]}>{ts(e.status)}</StatusBadge>}
        >
          <dl className="mb-4 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
            {row(t("residence"), [e.grid, e.building, e.room].filter(Boolean).join(" · "))}
            {row(t("reportedAt"), date(e.reportedAt))}
            {e.verifiedAt ? row(t("verifiedAt"), date(e.verifiedAt)) : null}
            {e.movedOutAt ? row(t("movedOutAt"), date(e.movedOutAt)) : null}
          </dl>
          <ServiceRecordView record={e.service} />
        </Card>
      ))}
    </div>
  );
}
