import { pageTitle } from "@/lib/i18n/page-title";
import { ArrowLeft, Ban, CheckCircle2, Clock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CategoryIcon } from "@/components/menu/category-icon";
import { activityTime, clockTime, dayAndTime } from "@/components/activities/format";
import { MyStatusBadge } from "@/components/activities/my-status-badge";
import { SignupPanel } from "@/components/activities/signup-panel";
import { LinkButton } from "@/components/ui/button";
import { getMemberActivity } from "@/lib/activities/get-member-activity";
import { requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { activityPhase, placesLeft, signupAction } from "@/lib/activities/activity-rules";
import { orNotFound } from "@/lib/or-not-found";
import { cancelSignupAction, signUpAction } from "@/app/(member)/me/activities/[id]/actions";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("self.view");
  const { id } = await params;
  // the same scoped read as the page: an activity the member cannot see gets the plain title
  const view = await getMemberActivity({ actor, input: { id } }).catch(() => null);
  return view ? pageTitle("member", { text: view.activity.title }) : pageTitle("member", { key: "memberActivities.detailTitle" });
}

const NOTE_TONES = { green: "success", amber: "warning", red: "negative", gray: "neutral" } as const;

function Note({ tone, children }: { tone: keyof typeof NOTE_TONES; children: ReactNode }) {
  return (
    <Notice tone={NOTE_TONES[tone]}>
      <div className="space-y-1">{children}</div>
    </Notice>
  );
}

export default async function MemberActivityPage({ params }: Props) {
  const actor = await requirePermission("self.view");
  const { id } = await params;
  const [view, t, format, locale] = await Promise.all([
    orNotFound(getMemberActivity({ actor, input: { id } })),
    getTranslations("memberActivities"),
    getFormatter(),
    getLocale(),
  ]);
  const { activity, memberStatus, signupStatus, waitlistPosition, record } = view;
  const now = new Date();
  const phase = activityPhase(activity, now);
  const left = placesLeft(activity);
  const verified = memberStatus === "ACTIVE";
  const action = verified && !record ? signupAction({ phase, signupStatus, full: left === 0 }) : null;
  const deadline = dayAndTime(format, activity.signupDeadline, now);

  let status: ReactNode = null;
  if (phase === "cancelled") {
    status = null; // the cancellation notice is at the top
  } else if (!verified) {
    status = (
      <Note tone="amber">
        <p>{t(`notVerified.${memberStatus ?? "NONE"}`)}</p>
        {memberStatus === "REJECTED" ? (
          <LinkButton href="/me/profile" variant="secondary" className="mt-2 w-full">
            {t("correctProfile")}
          </LinkButton>
        ) : null}
      </Note>
    );
  } else if (record) {
    status = (
      <Note tone={record.status === "NO_SHOW" ? "gray" : "green"}>
        <p className="flex items-center gap-2 font-semibold">
          {record.status === "NO_SHOW" ? (
            <Ban aria-hidden="true" className="h-5 w-5 shrink-0" />
          ) : (
            <CheckCircle2 aria-hidden="true" className="h-5 w-5 shrink-0" />
          )}
          {t(`record.${record.status}`, {
            time: record.checkedInAt ? clockTime(format, record.checkedInAt) : "—",
            hours: format.number(record.hours),
            points: record.points,
          })}
        </p>
      </Note>
    );
  } else if (signupStatus === "CONFIRMED") {
    status = (
      <Note tone="green">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <CheckCircle2 aria-hidden="true" className="h-5 w-5 shrink-0" />
          {t("youAreSignedUp")}
        </p>
        {phase === "open" ? <p>{t("cancelBefore", { deadline })}</p> : null}
        {phase === "closed" ? <p>{t("closedSignedUp")}</p> : null}
        {phase !== "ended" ? <p>{t("checkinHint")}</p> : null}
      </Note>
    );
  } else if (signupStatus === "WAITLISTED") {
    status = (
      <Note tone="amber">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <Clock aria-hidden="true" className="h-5 w-5 shrink-0" />
          {waitlistPosition ? t("waitlistPosition", { position: waitlistPosition }) : t("myStatus.WAITLISTED")}
        </p>
        {phase !== "ended" ? <p>{t("waitlistExplain")}</p> : null}
        {phase === "closed" ? <p>{t("closedWaitlisted")}</p> : null}
      </Note>
    );
  } else if (phase === "open") {
    // the deadline is in the facts above; only a full activity needs a word before the button
    status =
      left === 0 ? (
        <Note tone="amber">
          <p>{t("fullExplain")}</p>
        </Note>
      ) : null;
  } else {
    status = (
      <Note tone="gray">
        <p>{phase === "ended" ? t("ended") : t("closed", { deadline })}</p>
      </Note>
    );
  }

  const facts: [string, ReactNode][] = [
    [t("fields.time"), activityTime(format, activity.startsAt, activity.endsAt, now)],
    [t("fields.place"), activity.place],
    [t("fields.deadline"), deadline],
    [
      t("fields.places"),
      <>
        {t("capacity", { capacity: activity.capacity, confirmed: activity.confirmedCount })}
        {phase === "open" ? (
          <span className={`block ${left ? "text-green-800" : "text-amber-800"}`}>
            {left ? t("placesLeft", { count: left }) : t("full")}
          </span>
        ) : null}
      </>,
    ],
    [t("fields.reward"), t("reward", { points: activity.points, hours: format.number(activity.hours) })],
    [t("fields.community"), activity.community.name],
  ];

  return (
    <div className="space-y-4">
      <Link href="/me/activities" className="inline-flex min-h-11 items-center gap-1 text-gray-700 underline">
        <ArrowLeft aria-hidden="true" className="h-4 w-4" />
        {t("back")}
      </Link>

      <article className="space-y-5 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
        <header className="space-y-2">
          <p className="flex items-center gap-2 text-sm text-gray-700">
            <span className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-red-50 text-red-700">
              <CategoryIcon icon={activity.category.icon} />
            </span>
            {categoryName(activity.category, locale)}
          </p>
          <div className="flex items-start justify-between gap-2">
            <h1 lang="zh-CN" className="text-xl leading-snug font-semibold break-words">
              {activity.title}
            </h1>
            {signupStatus && phase !== "cancelled" ? <MyStatusBadge status={signupStatus} /> : null}
          </div>
        </header>

        {phase === "cancelled" ? (
          <Note tone="red">
            <p className="flex items-center gap-2 text-lg font-semibold">
              <Ban aria-hidden="true" className="h-5 w-5 shrink-0" />
              {t("cancelledTitle")}
            </p>
            {activity.cancelReason ? <p>{t("cancelledReason", { reason: activity.cancelReason })}</p> : null}
          </Note>
        ) : null}

        <dl className="grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-2">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-gray-600">{label}</dt>
              <dd className="min-w-0 break-words">{value}</dd>
            </div>
          ))}
        </dl>

        <SignupPanel
          signUpAction={signUpAction}
          cancelAction={cancelSignupAction}
          activityId={activity.id}
          title={activity.title}
          action={action}
        >
          {status}
        </SignupPanel>

        {activity.description ? (
          <section className="border-t border-gray-100 pt-4">
            <h2 className="mb-1 font-semibold">{t("description")}</h2>
            <p className="whitespace-pre-line break-words text-gray-800">{activity.description}</p>
          </section>
        ) : null}
      </article>
    </div>
  );
}
