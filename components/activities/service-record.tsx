import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import type { getOwnServiceRecord } from "@/lib/members/service-record";
import { categoryName } from "@/lib/menu/category-label";
import { calendarDate, dayAndTime } from "./format";
import { MyStatusBadge } from "./my-status-badge";

type ServiceRecord = NonNullable<Awaited<ReturnType<typeof getOwnServiceRecord>>>;

const ATTENDANCE_TONE: Record<string, Tone> = { CONFIRMED: "green", CHECKED_IN: "amber", NO_SHOW: "gray" };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-gray-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const listClass = "divide-y divide-gray-100 overflow-hidden rounded-lg border border-gray-200 bg-white";

export async function UpcomingSignups({ upcoming }: { upcoming: ServiceRecord["upcoming"] }) {
  const [t, format] = await Promise.all([getTranslations("memberActivities.records"), getFormatter()]);
  return (
    <Section id="upcoming" title={t("upcomingTitle")}>
      {upcoming.length ? (
        <ul className={listClass}>
          {upcoming.map((s) => (
            <li key={s.id.toString()}>
              <Link
                href={`/me/activities/${s.activity.id}`}
                className="flex min-h-14 items-center gap-3 px-4 py-3 hover:bg-gray-50"
              >
                <span className="min-w-0 flex-1">
                  <span className="block font-medium break-words text-gray-900">{s.activity.title}</span>
                  <span className="block text-sm text-gray-600">
                    {dayAndTime(format, s.activity.startsAt)} · {s.activity.place}
                  </span>
                </span>
                {s.status === "CONFIRMED" || s.status === "WAITLISTED" ? <MyStatusBadge status={s.status} /> : null}
                <ChevronRight aria-hidden="true" className="h-5 w-5 shrink-0 text-gray-400" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState message={t("upcomingEmpty")} />
      )}
    </Section>
  );
}

export async function AttendedActivities({ records }: { records: ServiceRecord["records"] }) {
  const [t, format, locale] = await Promise.all([getTranslations("memberActivities.records"), getFormatter(), getLocale()]);
  return (
    <Section id="attended" title={t("attendedTitle")}>
      {records.length ? (
        <ul className={listClass}>
          {records.map((r) => (
            <li key={r.id} className="space-y-1 px-4 py-3">
              <div className="flex items-start justify-between gap-2">
                <Link
                  href={`/me/activities/${r.activity.id}`}
                  className="font-medium break-words text-gray-900 underline-offset-2 hover:underline"
                >
                  {r.activity.title}
                </Link>
                <StatusBadge tone={ATTENDANCE_TONE[r.status] ?? "gray"}>{t(`attendance.${r.status}`)}</StatusBadge>
              </div>
              <p className="text-sm text-gray-600">
                {calendarDate(format, r.activity.startsAt)} · {categoryName(r.activity.category, locale)}
                {r.walkIn ? ` · ${t("walkIn")}` : ""}
              </p>
              {r.status === "NO_SHOW" ? null : (
                <p className="tabular text-sm text-gray-800">
                  {t("hoursAndPoints", { hours: format.number(r.hours), points: r.points })}
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState message={t("attendedEmpty")} />
      )}
    </Section>
  );
}

export async function OwnPledges({ pledges }: { pledges: ServiceRecord["pledges"] }) {
  const [t, tMenu, locale] = await Promise.all([
    getTranslations("memberActivities.records"),
    getTranslations("menu"),
    getLocale(),
  ]);
  const when = (a: string) => (tMenu.has(`availability.${a}`) ? tMenu(`availability.${a}`) : a);
  return (
    <Section id="pledges" title={t("pledgesTitle")}>
      {pledges.length ? (
        <ul className={listClass}>
          {pledges.map((p) => (
            <li key={p.id} className="space-y-1 px-4 py-3">
              <p className="font-medium break-words text-gray-900">{p.item.title}</p>
              <p className="text-sm text-gray-600">
                {t("pledgeYear", { year: p.year })} · {categoryName(p.item.category, locale)}
                {p.availability.length ? ` · ${p.availability.map(when).join("、")}` : ""}
              </p>
              {p.remark ? (
                <p className="text-sm whitespace-pre-line break-words text-gray-800">{t("remark", { remark: p.remark })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          message={t("pledgesEmpty")}
          action={
            <Link href="/me/menu" className="inline-flex min-h-11 items-center font-medium text-accent underline">
              {t("goToMenu")}
            </Link>
          }
        />
      )}
    </Section>
  );
}

export async function PointsLedger({ ledger }: { ledger: ServiceRecord["ledger"] }) {
  const [t, format] = await Promise.all([getTranslations("memberActivities.records"), getFormatter()]);
  return (
    <Section id="ledger" title={t("ledgerTitle")}>
      {ledger.length ? (
        <ul className={listClass}>
          {ledger.map((e) => (
            <li key={e.id} className="flex items-start justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium text-gray-900">{t(`kind.${e.kind}`)}</p>
                {e.reason ? <p className="text-sm break-words text-gray-700">{e.reason}</p> : null}
                <p className="text-sm text-gray-600">{calendarDate(format, e.createdAt)}</p>
              </div>
              <p className={`tabular shrink-0 text-lg font-semibold ${e.amount < 0 ? "text-gray-900" : "text-green-800"}`}>
                {format.number(e.amount, { signDisplay: "exceptZero" })}
                <span className="sr-only"> {t("pointsUnit")}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState message={t("ledgerEmpty")} />
      )}
    </Section>
  );
}
