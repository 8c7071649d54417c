import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import {
  DecideForm,
  MeetingForm,
  OpenForm,
  PublishDecisionForm,
  ToMenuItemForm,
  ToNeedForm,
} from "@/components/council/council-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { listActivityFormOptions } from "@/lib/activities/list-activity-form-options";
import { requirePermission } from "@/lib/auth/session";
import { getConsultation } from "@/lib/council/get-consultation";
import { orNotFound } from "@/lib/or-not-found";
import { currentYear } from "@/lib/time";
import {
  convertToActivityAction,
  convertToMenuItemAction,
  convertToNeedAction,
  decideConsultationAction,
  openConsultationAction,
  publishDecisionAction,
  recordMeetingAction,
} from "@/app/(community)/community/council/actions";

const DONE_MESSAGES: Record<string, string> = {
  opened: "opened",
  decided: "decided",
  converted: "converted",
  published: "published",
};

const STATUS_TONE = { DRAFT: "gray", OPEN: "amber", DECIDED: "blue", PUBLISHED: "green" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("council");
  return { title: `${t("consultationTitle")} – ${t("title")}` };
}

/** One consultation, from draft to published decision, for the secretary. */
export default async function ConsultationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const actor = await requirePermission("council.manage");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const done = typeof flags.done === "string" && Object.hasOwn(DONE_MESSAGES, flags.done) ? DONE_MESSAGES[flags.done] : null;
  const view = await orNotFound(getConsultation({ actor, input: { id } }));
  const { consultation: c, invitations, opinions, tally } = view;
  const [t, format, locale] = await Promise.all([getTranslations("council"), getFormatter(), getLocale()]);
  const adoptedWithoutItem = c.outcome === "ADOPTED" && !view.serviceItem && !view.activity && !view.need;
  const formOptions = adoptedWithoutItem ? await listActivityFormOptions({ actor, input: { year: currentYear() } }) : null;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <Link href="/community/council" className="text-sm underline">
        {t("backToCouncil")}
      </Link>
      <PageHeader title={c.title} actions={<StatusBadge tone={STATUS_TONE[c.status]}>{t(`status.${c.status}`)}</StatusBadge>} />
      {done ? (
        <Notice tone="success" className="mb-4" role="status">
          {t(done)}
        </Notice>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
        <div className="space-y-6">
          <Card title={t("background")}>
            <p className="whitespace-pre-line">{c.background}</p>
            {c.links.length ? (
              <ul className="mt-3 list-disc pl-6 text-sm">
                {c.links.map((link) => (
                  <li key={link}>
                    <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all underline">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {c.deadline ? <p className="mt-3 text-sm text-gray-700">{t("deadlineWas", { deadline: when(c.deadline) })}</p> : null}
            {c.openToAll ? <p className="text-sm text-gray-700">{t("openToAllNote")}</p> : null}
          </Card>
          <Card title={t("tallyTitle", { count: opinions.length, invited: invitations.length })}>
            <ul className="space-y-1">
              {tally.map((row) => (
                <li key={row.label} className="flex justify-between gap-3">
                  <span>{row.label}</span>
                  <span className="tabular font-medium">{row.count}</span>
                </li>
              ))}
            </ul>
            {opinions.length ? (
              <ul className="mt-4 divide-y divide-gray-100 text-sm">
                {opinions.map((o) => (
                  <li key={o.id} className="py-2">
                    <span className="font-medium">{o.member.name}</span> · {c.options[o.option]}
                    <span className="block whitespace-pre-line text-gray-700">{o.reasons}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
          {c.meetingAt ? (
            <Card title={t("meetingTitle")}>
              <p className="text-sm">{when(c.meetingAt)}</p>
              <p className="text-sm text-gray-700">
                {t("attendeesList", {
                  names:
                    invitations
                      .filter((i) => i.attended)
                      .map((i) => i.member.name)
                      .join("、") || "—",
                })}
              </p>
              <p className="mt-2 whitespace-pre-line">{c.meetingMinutes}</p>
            </Card>
          ) : null}
          {c.outcome ? (
            <Card title={t("decisionTitle")}>
              <p className="font-medium">{t(`outcomes.${c.outcome}`)}</p>
              <p className="whitespace-pre-line text-gray-700">{c.decisionReason}</p>
              {view.serviceItem ? (
                <p className="mt-3 text-sm">
                  {t("becameMenuItem")}{" "}
                  <Link href={`/community/menu/items/${view.serviceItem.id}`} className="underline">
                    {view.serviceItem.title}
                  </Link>
                </p>
              ) : null}
              {view.need ? <p className="mt-3 text-sm">{t("becameNeed", { status: view.need.status })}</p> : null}
              {view.activity ? (
                <p className="mt-3 text-sm">
                  {t("becameActivity")}{" "}
                  <Link href={`/community/activities/${view.activity.id}`} className="underline">
                    {view.activity.title}
                  </Link>
                </p>
              ) : null}
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {c.status === "DRAFT" ? (
            <Card title={t("openTitle")}>
              <OpenForm action={openConsultationAction} id={c.id} />
            </Card>
          ) : null}
          {c.status === "OPEN" ? (
            <>
              <Card title={t("recordMeeting")}>
                <MeetingForm
                  action={recordMeetingAction}
                  id={c.id}
                  invited={invitations.map((i) => ({ value: i.member.id, label: i.member.name }))}
                />
              </Card>
              <Card title={t("decide")}>
                <DecideForm action={decideConsultationAction} id={c.id} />
              </Card>
            </>
          ) : null}
          {adoptedWithoutItem && formOptions ? (
            <Card title={t("convertTitle")}>
              <p className="mb-4 text-sm text-gray-600">{t("convertHint")}</p>
              <ToMenuItemForm
                action={convertToMenuItemAction}
                id={c.id}
                categories={formOptions.categories.map((cat) => ({
                  value: cat.id,
                  label: locale === "en" ? cat.nameEn : cat.nameZh,
                }))}
              />
              <details className="mt-6">
                <summary className="cursor-pointer font-medium">{t("toNeed")}</summary>
                <div className="mt-4">
                  <ToNeedForm
                    action={convertToNeedAction}
                    id={c.id}
                    categories={formOptions.categories.map((cat) => ({
                      value: cat.id,
                      label: locale === "en" ? cat.nameEn : cat.nameZh,
                    }))}
                  />
                </div>
              </details>
              <details className="mt-6">
                <summary className="cursor-pointer font-medium">{t("toActivity")}</summary>
                <div className="mt-4">
                  <ActivityForm
                    options={{ categories: formOptions.categories, items: formOptions.items, teams: formOptions.teams }}
                    create={convertToActivityAction}
                    update={convertToActivityAction}
                    hidden={{ consultationId: c.id }}
                    defaults={{ title: c.title }}
                    submitLabel={t("toActivity")}
                  />
                </div>
              </details>
            </Card>
          ) : null}
          {c.status === "DECIDED" ? (
            <Card title={t("publishTitle")}>
              <PublishDecisionForm action={publishDecisionAction} id={c.id} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
