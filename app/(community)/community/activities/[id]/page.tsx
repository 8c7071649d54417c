import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  AttendanceForm,
  CancelActivityForm,
  CancelSignupButton,
  PublishForm,
  SignUpOnBehalfForm,
  WalkInForm,
} from "@/components/activities/activity-forms";
import { CategoryLabel } from "@/components/activities/category-label";
import { LinkButton } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import { getCommunityActivity } from "@/lib/activities/get-community-activity";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import {
  addWalkInAction,
  cancelActivityAction,
  cancelSignupOnBehalfAction,
  confirmAttendanceAction,
  publishActivityAction,
  searchMembersAction,
  signUpOnBehalfAction,
} from "@/app/(community)/community/activities/actions";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { SharePanel } from "@/components/share/share-panel";
import { getActivityShare } from "@/lib/activities/get-activity-share";
import { absoluteUrlForPage } from "@/lib/share/page-url";

const STATUS_TONE: Record<string, Tone> = { DRAFT: "gray", PUBLISHED: "green", CANCELLED: "red" };
const DONE_MESSAGES: Record<string, string> = {
  created: "createdMessage",
  saved: "savedMessage",
  published: "published",
  cancelled: "cancelled",
};

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const actor = await requirePermission("activities.manage");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const activity = await orNotFound(getCommunityActivity({ actor, input: { id } }));
  const [t, ta, ts, format] = await Promise.all([
    getTranslations("activities"),
    getTranslations("attendance"),
    getTranslations("share"),
    getFormatter(),
  ]);
  const now = new Date();
  const started = activity.startsAt <= now;
  const live = activity.status === "PUBLISHED";
  const share = live ? await getActivityShare({ actor, input: { id: activity.id, absoluteUrl: absoluteUrlForPage } }) : null;
  const confirmed = activity.signups.filter((s) => s.status === "CONFIRMED");
  const waitlist = activity.signups.filter((s) => s.status === "WAITLISTED");
  const records = new Map(activity.records.map((r) => [r.memberId, r]));
  const attendanceRows = [
    ...confirmed.map((s) => ({ memberId: s.member.id, name: s.member.name })),
    ...activity.records
      .filter((r) => !confirmed.some((s) => s.member.id === r.memberId))
      .map((r) => ({ memberId: r.memberId, name: r.member.name })),
  ].map((row) => {
    const record = records.get(row.memberId);
    return { ...row, checkedIn: !!record?.checkedInAt, locked: !!record?.confirmedAt, status: record?.status ?? null };
  });
  return (
    <>
      <Link href="/community/activities" className="text-sm underline">
        {t("backToList")}
      </Link>
      <PageHeader
        title={activity.title}
        description={activity.item ? t("fromItem", { item: activity.item.title }) : undefined}
        actions={
          <>
            <StatusBadge tone={STATUS_TONE[activity.status]}>{t(`status.${activity.status}`)}</StatusBadge>
            {activity.status !== "CANCELLED" ? (
              <LinkButton href={`/community/activities/${activity.id}/edit`} variant="secondary">
                {t("edit")}
              </LinkButton>
            ) : null}
            {live ? <LinkButton href={`/community/activities/${activity.id}/checkin`}>{t("showCheckinCode")}</LinkButton> : null}
          </>
        }
      />
      {flags.done && DONE_MESSAGES[flags.done] ? (
        <Notice tone="success" className="mb-4" role="status">
          {t(DONE_MESSAGES[flags.done])}
        </Notice>
      ) : null}
      {activity.status === "CANCELLED" ? (
        <Notice tone="negative" className="mb-4">
          {t("cancelledBecause", { reason: activity.cancelReason ?? "" })}
        </Notice>
      ) : null}
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("signedUp")} value={`${activity.confirmedCount} / ${activity.capacity}`} />
        <Stat label={t("waitlist")} value={waitlist.length} />
        <Stat label={ta("checkedIn")} value={activity.records.filter((r) => r.checkedInAt).length} />
        <Stat label={ta("confirmedCount")} value={activity.records.filter((r) => r.status === "CONFIRMED").length} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title={t("details")}>
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-gray-600">{t("category")}</dt>
              <dd>
                <CategoryLabel category={activity.category} />
              </dd>
              <dt className="text-gray-600">{t("time")}</dt>
              <dd>{format.dateTimeRange(activity.startsAt, activity.endsAt, { dateStyle: "full", timeStyle: "short" })}</dd>
              <dt className="text-gray-600">{t("signupDeadline")}</dt>
              <dd>{format.dateTime(activity.signupDeadline, { dateStyle: "medium", timeStyle: "short" })}</dd>
              <dt className="text-gray-600">{t("place")}</dt>
              <dd>{activity.place}</dd>
              <dt className="text-gray-600">{t("points")}</dt>
              <dd>{t("pointsAndHours", { points: activity.points, hours: Number(activity.hours) })}</dd>
              {activity.description ? (
                <>
                  <dt className="text-gray-600">{t("description")}</dt>
                  <dd className="whitespace-pre-line">{activity.description}</dd>
                </>
              ) : null}
            </dl>
          </Card>
          <Card title={t("signupsTitle", { count: confirmed.length })}>
            {confirmed.length ? (
              <DataTable
                frame="plain"
                head={
                  <>
                    <th scope="col" className="py-1 pr-3">
                      {t("member")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("phone")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("home")}
                    </th>
                    <th scope="col" className="py-1">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  </>
                }
              >
                {confirmed.map((s) => (
                  <tr key={s.id.toString()}>
                    <td className="py-1.5 pr-3">
                      <Link href={`/community/members/${s.member.id}`} className="underline-offset-2 hover:underline">
                        {s.member.name}
                      </Link>
                      {s.promotedAt ? <span className="ml-2 text-xs text-gray-600">{t("fromWaitlist")}</span> : null}
                      {!s.member.userId ? <span className="ml-2 text-xs text-gray-600">{t("noPhoneAccount")}</span> : null}
                    </td>
                    <td className="tabular py-1.5 pr-3">{s.member.phone}</td>
                    <td className="py-1.5 pr-3">{[s.member.building?.name, s.member.room].filter(Boolean).join(" ")}</td>
                    <td className="py-1.5 text-right">
                      {live && !started ? (
                        <CancelSignupButton
                          action={cancelSignupOnBehalfAction}
                          activityId={activity.id}
                          memberId={s.member.id}
                          name={s.member.name}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <p className="text-sm text-gray-600">{t("noSignups")}</p>
            )}
            {waitlist.length ? (
              <>
                <h3 className="mt-5 mb-2 font-medium">{t("waitlistTitle", { count: waitlist.length })}</h3>
                <ol className="list-decimal space-y-1 pl-6 text-sm">
                  {waitlist.map((s) => (
                    <li key={s.id.toString()}>
                      {s.member.name} <span className="tabular text-gray-600">{s.member.phone}</span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </Card>
          {live && started ? (
            <Card title={ta("title")}>
              {attendanceRows.length ? (
                <AttendanceForm
                  action={confirmAttendanceAction}
                  activityId={activity.id}
                  rows={attendanceRows}
                  hours={Number(activity.hours)}
                />
              ) : (
                <p className="text-sm text-gray-600">{ta("nobody")}</p>
              )}
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {activity.status === "DRAFT" ? (
            <Card title={t("publishTitle")}>
              <PublishForm action={publishActivityAction} id={activity.id} />
            </Card>
          ) : null}
          {share ? (
            <Card title={ts("shareTitle")}>
              <SharePanel
                imageSrc={share.cardPath}
                downloadName={`${share.title}.png`}
                text={share.text}
                publicHref={share.publicPath}
                labels={{
                  intro: ts("shareIntro"),
                  imageAlt: ts("cardAlt", { title: share.title }),
                  download: ts("downloadCard"),
                  textLabel: ts("textLabel"),
                  copy: ts("copy"),
                  copied: ts("copied"),
                  copyFailed: ts("copyFailed"),
                  openPublicPage: ts("openPublicPage"),
                }}
              />
            </Card>
          ) : activity.status === "DRAFT" ? (
            <Card title={ts("shareTitle")}>
              <p className="text-sm text-gray-600">{ts("shareOnlyPublished")}</p>
            </Card>
          ) : null}
          {live && !started ? (
            <Card title={t("onBehalfTitle")}>
              <SignUpOnBehalfForm action={signUpOnBehalfAction} activityId={activity.id} search={searchMembersAction} />
            </Card>
          ) : null}
          {live && started ? (
            <Card title={ta("walkInTitle")}>
              <WalkInForm action={addWalkInAction} activityId={activity.id} search={searchMembersAction} />
            </Card>
          ) : null}
          {activity.status !== "CANCELLED" && !started ? (
            <Card title={t("cancelTitle")}>
              <CancelActivityForm action={cancelActivityAction} id={activity.id} title={activity.title} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
