import { pageTitle } from "@/lib/i18n/page-title";
import { AlertTriangle, CalendarClock, MapPin } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CheckedInPanel } from "@/components/activities/checked-in-panel";
import { CheckinForm } from "@/components/activities/checkin-form";
import { activityTime, clockTime } from "@/components/activities/format";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { getMemberActivity } from "@/lib/activities/get-member-activity";
import { checkinDecision, checkinPath, checkinTokenFrom, isActivityId } from "@/lib/attendance/checkin-rules";
import { verifyCheckinToken } from "@/lib/attendance/checkin-token";
import type { Grant } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { checkInAction, switchToMemberRoleAction } from "./actions";
import { plainFormAction } from "@/lib/actions/types";
import { setLocaleAction } from "@/app/actions";
import { Notice } from "@/components/ui/notice";

type Props = { params: Promise<{ activityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ activityId }, actor] = await Promise.all([params, getPageActor()]);
  // a member of the activity's community sees its title; anyone else the plain "活动签到"
  const view =
    actor?.active?.role === "MEMBER" && isActivityId(activityId)
      ? await getMemberActivity({ actor, input: { id: activityId } }).catch(() => null)
      : null;
  return view
    ? pageTitle("public", { key: "pageTitles.checkinActivity", values: { title: view.activity.title } })
    : pageTitle("public", { key: "checkin.title" });
}

function Problem({ children }: { children: ReactNode }) {
  return (
    <Notice tone="error" role="alert" icon={<AlertTriangle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />}>
      <div className="font-medium">{children}</div>
    </Notice>
  );
}

/** Buttons that switch to one of the person's MEMBER roles and reload this page (token kept). */
async function SwitchToMember({ grants, activityId, token }: { grants: Grant[]; activityId: string; token: string | null }) {
  const t = await getTranslations("checkin");
  return (
    <ul className="space-y-3">
      {grants.map((grant) => (
        <li key={grant.id}>
          <form action={plainFormAction(switchToMemberRoleAction)}>
            <input type="hidden" name="grantId" value={grant.id} />
            <input type="hidden" name="activityId" value={activityId} />
            {token ? <input type="hidden" name="token" value={token} /> : null}
            <button
              type="submit"
              className={buttonClass(grants.length === 1 ? "primary" : "secondary", "min-h-12 w-full text-lg")}
            >
              {t("switchTo", { community: grant.orgName })}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}

/**
 * Opened by scanning the QR code on site (phone camera or WeChat). Reading this page changes
 * nothing: link previews and prefetchers must not check anyone in. The button does (a POST).
 */
export default async function CheckinPage({ params, searchParams }: Props) {
  const [{ activityId }, query] = await Promise.all([params, searchParams]);
  if (!isActivityId(activityId)) notFound();
  const token = checkinTokenFrom(query.t);
  const actor = await getPageActor();
  // the code changes every minute and a scanned one stays valid for two: enough to sign in
  if (!actor) redirect(`/login?returnTo=${encodeURIComponent(checkinPath(activityId, token))}`);
  const [t, tRoles, format] = await Promise.all([getTranslations("checkin"), getTranslations("roles"), getFormatter()]);
  const memberGrants = actor.grants.filter((g) => g.role === "MEMBER");
  const actingAs = actor.active
    ? t("actingAs", { name: actor.name, role: tRoles(actor.active.role), org: actor.active.orgName })
    : actor.name;
  const identity = <p className="text-sm text-gray-600">{actingAs}</p>;

  if (actor.active?.role !== "MEMBER") {
    return (
      <PublicShell setLocale={setLocaleAction} title={t("title")}>
        <div className="space-y-4">
          {identity}
          {memberGrants.length ? (
            <>
              <p className="text-lg">{t("switchRoleExplain")}</p>
              <SwitchToMember grants={memberGrants} activityId={activityId} token={token} />
            </>
          ) : (
            <>
              <Problem>
                <p>{t("noMemberRole")}</p>
              </Problem>
              <LinkButton href="/" variant="secondary" className="w-full">
                {t("backHome")}
              </LinkButton>
            </>
          )}
        </div>
      </PublicShell>
    );
  }

  if (!can(actor, "self.view")) {
    // not yet verified by the community: nothing of the activity is shown (docs/decisions/060)
    const tt = await getTranslations("trust");
    return (
      <PublicShell setLocale={setLocaleAction} title={t("title")}>
        <div className="space-y-4">
          {identity}
          <Problem>
            <p>{tt("checkinPending")}</p>
          </Problem>
          <LinkButton href="/me" variant="secondary" className="w-full">
            {t("backHome")}
          </LinkButton>
        </div>
      </PublicShell>
    );
  }

  const view = await getMemberActivity({ actor, input: { id: activityId } }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });

  if (!view) {
    const others = memberGrants.filter((g) => g.id !== actor.active?.id);
    return (
      <PublicShell setLocale={setLocaleAction} title={t("title")}>
        <div className="space-y-4">
          {identity}
          <Problem>
            <p>{t("notFound")}</p>
          </Problem>
          {others.length ? (
            <>
              <p>{t("otherCommunity")}</p>
              <SwitchToMember grants={others} activityId={activityId} token={token} />
            </>
          ) : null}
          <LinkButton href="/me/activities" variant="secondary" className="w-full">
            {t("myActivities")}
          </LinkButton>
        </div>
      </PublicShell>
    );
  }

  const { activity, signupStatus, record } = view;
  const now = new Date();
  const decision = checkinDecision({
    activity,
    record,
    token: !token ? "missing" : verifyCheckinToken(activity.id, token, now.getTime()) ? "valid" : "invalid",
    signedUp: signupStatus === "CONFIRMED",
    now,
  });
  let body: ReactNode;
  if (decision === "recorded" && record) {
    body = (
      <CheckedInPanel
        message={record.checkedInAt ? t("checkedInAt", { time: clockTime(format, record.checkedInAt) }) : t("attendanceRecorded")}
        detail={record.status === "CONFIRMED" ? t("alreadyConfirmed") : t("afterSuccess")}
      />
    );
  } else if (decision === "allowed" && token) {
    body = (
      <div className="space-y-3">
        <p className="text-lg">{t("intro")}</p>
        <CheckinForm activityId={activity.id} token={token} action={checkInAction} />
      </div>
    );
  } else {
    body = (
      <Problem>
        <p>{t(decision)}</p>
      </Problem>
    );
  }

  return (
    <PublicShell setLocale={setLocaleAction} title={t("title")}>
      <div className="space-y-5">
        <section aria-labelledby="activity-title" className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
          <h2 id="activity-title" className="text-xl leading-snug font-semibold break-words">
            {activity.title}
          </h2>
          <ul className="mt-2 space-y-1 text-gray-800">
            <li className="flex items-start gap-2">
              <CalendarClock aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-gray-500" />
              <span>{activityTime(format, activity.startsAt, activity.endsAt)}</span>
            </li>
            <li className="flex items-start gap-2">
              <MapPin aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-gray-500" />
              <span className="break-words">{activity.place}</span>
            </li>
          </ul>
          <div className="mt-2">{identity}</div>
        </section>
        {body}
        <LinkButton href={`/me/activities/${activity.id}`} variant="secondary" className="w-full">
          {t("viewActivity")}
        </LinkButton>
      </div>
    </PublicShell>
  );
}
