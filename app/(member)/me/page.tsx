import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getOwnEntries } from "@/lib/members/get-own-entries";
import { getOwnServiceRecord } from "@/lib/members/service-record";
import { ReReportPanel } from "@/components/re-report/re-report-panel";
import { getOwnReReport } from "@/lib/re-report/get-own-re-report";
import { localDay } from "@/lib/time";
import { confirmReReportAction } from "@/app/(member)/me/actions";

const STATUS_TONE: Record<string, Tone> = { ACTIVE: "green", PENDING: "amber", REJECTED: "red", MOVED_OUT: "gray" };

export default async function MemberHome() {
  const actor = await requirePermission("self.application");
  // until the community verifies them, a member sees only their own application (no activities, no one else)
  const verified = can(actor, "self.view");
  const [entries, service, reReport, t, tr, format] = await Promise.all([
    getOwnEntries({ actor }),
    verified ? getOwnServiceRecord({ actor }) : null,
    can(actor, "self.reReport") ? getOwnReReport({ actor }) : null,
    getTranslations("member"),
    getTranslations("reReport.member"),
    getFormatter(),
  ]);
  const active = service?.member.status === "ACTIVE";
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("hello", { name: actor.name })}</h1>
      {reReport ? (
        <Card title={tr("title")}>
          <ReReportPanel
            action={confirmReReportAction}
            view={{
              status: reReport.status,
              lastDay: localDay(new Date(reReport.window.closesAt.getTime() - 1)),
              confirmedOn: reReport.confirmedAt ? localDay(reReport.confirmedAt) : null,
              ...reReport.entry,
            }}
          />
        </Card>
      ) : null}
      {active && service ? (
        <>
          <div className="grid grid-cols-3 gap-3">
            <Stat label={t("points")} value={service.totals.balance} />
            <Stat label={t("activitiesDone")} value={service.totals.activities} />
            <Stat label={t("hoursDone")} value={service.totals.hours} />
          </div>
          <Card title={t("nextUp")}>
            {service.upcoming.length ? (
              <ul className="space-y-3">
                {service.upcoming.slice(0, 3).map((s) => (
                  <li key={s.id.toString()}>
                    <Link
                      href={`/me/activities/${s.activity.id}`}
                      className="block min-h-11 rounded-md p-2 ring-1 ring-gray-200 hover:bg-gray-50"
                    >
                      <span className="font-medium">{s.activity.title}</span>
                      <span className="block text-sm text-gray-600">
                        {format.dateTime(s.activity.startsAt, {
                          month: "long",
                          day: "numeric",
                          weekday: "short",
                          hour: "2-digit",
                          minute: "2-digit",
                        })}{" "}
                        · {s.activity.place}
                        {s.status === "WAITLISTED" ? ` · ${t("waitlisted")}` : ""}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-gray-700">{t("nothingSignedUp")}</p>
            )}
            <div className="mt-4 grid gap-2 sm:grid-cols-2">
              <LinkButton href="/me/activities">{t("findActivities")}</LinkButton>
              <LinkButton href="/me/records" variant="secondary">
                {t("myRecords")}
              </LinkButton>
              <LinkButton href="/me/time-bank" variant="secondary">
                {t("timeBank")}
              </LinkButton>
              <LinkButton href="/me/ratings" variant="secondary">
                {t("ratings")}
              </LinkButton>
              <LinkButton href="/me/honour-roll" variant="secondary">
                {t("honourRoll")}
              </LinkButton>
              <LinkButton href="/me/card" variant="secondary">
                {t("memberCard")}
              </LinkButton>
              <LinkButton href="/me/transfer" variant="secondary">
                {t("transfer")}
              </LinkButton>
            </div>
          </Card>
        </>
      ) : null}
      {entries.length === 0 ? (
        <Card>
          <p>{t("noEntry")}</p>
        </Card>
      ) : (
        entries.map((entry) => (
          <Card
            key={entry.id}
            title={entry.community.name}
            actions={<StatusBadge tone={STATUS_TONE[entry.status]}>{t(`status.${entry.status}`)}</StatusBadge>}
          >
            {entry.status === "PENDING" ? <p className="mb-3 text-amber-800">{t("pendingExplain")}</p> : null}
            {entry.status === "REJECTED" ? (
              <div className="mb-3 space-y-2">
                {entry.rejectReason ? (
                  <p className="text-red-800">{t("rejectedExplain", { reason: entry.rejectReason })}</p>
                ) : null}
                <LinkButton href="/me/profile">{t("correctAndResubmit")}</LinkButton>
              </div>
            ) : null}
            <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
              <dt className="text-gray-600">{t("residence")}</dt>
              <dd>{[entry.grid?.name, entry.building?.name, entry.room].filter(Boolean).join(" · ") || "—"}</dd>
              <dt className="text-gray-600">{t("employer")}</dt>
              <dd>{entry.employerUnit?.name ?? entry.employerName ?? "—"}</dd>
              <dt className="text-gray-600">{t("skills")}</dt>
              <dd>{entry.skills.join("、") || "—"}</dd>
              <dt className="text-gray-600">{t("reportedAt")}</dt>
              <dd>{format.dateTime(entry.reportedAt, { dateStyle: "long" })}</dd>
            </dl>
          </Card>
        ))
      )}
    </div>
  );
}
