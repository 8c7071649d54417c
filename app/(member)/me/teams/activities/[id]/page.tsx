import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttendanceForm, PublishForm } from "@/components/activities/activity-forms";
import { Card, Stat } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { getCommunityActivity } from "@/lib/activities/get-community-activity";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { teamConfirmAttendanceAction, teamPublishActivityAction } from "@/app/(member)/me/teams/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams.member");
  return { title: `${t("activityTitle")} – ${t("title")}` };
}

/**
 * A team leader's activity on the phone: publish the draft, then confirm who came. Names only:
 * the members' phones stay with the secretary.
 */
export default async function TeamActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const actor = await requirePermission("team.lead");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const activity = await orNotFound(getCommunityActivity({ actor, input: { id } }));
  const [t, ta, tt, format] = await Promise.all([
    getTranslations("activities"),
    getTranslations("attendance"),
    getTranslations("teams.member"),
    getFormatter(),
  ]);
  const started = activity.startsAt <= new Date();
  const confirmed = activity.signups.filter((s) => s.status === "CONFIRMED");
  const records = new Map(activity.records.map((r) => [r.memberId, r]));
  const rows = [
    ...confirmed.map((s) => ({ memberId: s.member.id, name: s.member.name })),
    ...activity.records
      .filter((r) => !confirmed.some((s) => s.member.id === r.memberId))
      .map((r) => ({ memberId: r.memberId, name: r.member.name })),
  ].map((row) => {
    const record = records.get(row.memberId);
    return { ...row, checkedIn: !!record?.checkedInAt, locked: !!record?.confirmedAt, status: record?.status ?? null };
  });
  return (
    <div className="space-y-5">
      {activity.team ? (
        <Link href={`/me/teams/${activity.team.id}`} className="text-sm underline">
          {tt("backToTeam", { name: activity.team.name })}
        </Link>
      ) : null}
      <div>
        <h1 className="text-xl font-semibold">{activity.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <StatusBadge tone={activity.status === "PUBLISHED" ? "green" : "gray"}>{t(`status.${activity.status}`)}</StatusBadge>
          {format.dateTimeRange(activity.startsAt, activity.endsAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
        <p className="text-sm text-gray-700">{activity.place}</p>
      </div>
      {flags.done === "published" ? (
        <Notice tone="success" role="status">
          {tt("published")}
        </Notice>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <Stat label={t("signedUp")} value={`${activity.confirmedCount} / ${activity.capacity}`} />
        <Stat label={ta("confirmedCount")} value={activity.records.filter((r) => r.status === "CONFIRMED").length} />
      </div>
      {activity.status === "DRAFT" ? (
        <Card>
          <PublishForm id={activity.id} action={teamPublishActivityAction} />
        </Card>
      ) : null}
      {activity.status === "PUBLISHED" && started ? (
        <Card title={ta("title")}>
          {rows.length ? (
            <AttendanceForm
              action={teamConfirmAttendanceAction}
              activityId={activity.id}
              rows={rows}
              hours={Number(activity.hours)}
            />
          ) : (
            <p className="text-sm text-gray-600">{ta("nobody")}</p>
          )}
        </Card>
      ) : null}
      {activity.status === "PUBLISHED" && !started ? (
        <Card title={t("signupsTitle", { count: confirmed.length })}>
          <ul className="space-y-1">
            {confirmed.map((s) => (
              <li key={s.id.toString()}>{s.member.name}</li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
