import { CheckCircle2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions";
import { needQrSvg } from "@/lib/needs/need-qr";
import { NEED_STATUS_TONE } from "@/lib/needs/need-status-tone";
import { absoluteUrlForPage, trackingPath } from "@/lib/needs/need-urls";
import { trackedNeedForPage } from "@/lib/needs/tracked-need-page";
import { orNotFound } from "@/lib/or-not-found";
import { confirmNeedAction, reopenNeedAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedEvaluationForms } from "@/components/needs/need-evaluation-forms";
import { NeedQr } from "@/components/needs/need-print";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";

export const dynamic = "force-dynamic";

type Flag = string | string[] | undefined;
type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ posted?: Flag; rated?: Flag; reopened?: Flag }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("needsPublic");
  const { token } = await params;
  const need = await trackedNeedForPage(token).catch(() => null);
  const title = need ? `${t("track.title")} – ${need.community}` : t("track.title");
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The resident's tracking page behind the unguessable link: this need's status and timeline, and
 * nothing else. A malformed, unknown or voided token is a 404.
 */
export default async function TrackNeedPage({ params, searchParams }: Props) {
  const [{ token }, { posted, rated, reopened }] = await Promise.all([params, searchParams]);
  const need = await orNotFound(trackedNeedForPage(token));
  const [t, format, locale] = await Promise.all([getTranslations("needsPublic"), getFormatter(), getLocale()]);
  const url = await absoluteUrlForPage(trackingPath(token));
  const justPosted = posted === "1";
  const rows: [string, string][] = [
    [t("track.kind"), t(`kinds.${need.kind}`)],
    [t("track.category"), locale === "en" ? need.category.nameEn : need.category.nameZh],
    [t("track.place"), need.building ? `${need.community} ${need.building}` : need.community],
    [t("track.submittedAt"), format.dateTime(need.createdAt, { dateStyle: "medium", timeStyle: "short" })],
  ];
  if (need.wantedWhen) rows.push([t("track.wantedWhen"), need.wantedWhen]);
  return (
    <PublicShell setLocale={setLocaleAction} title={t("track.title")}>
      <div className="space-y-5">
        {justPosted ? (
          <Notice tone="success" role="status" size="lg" icon={<CheckCircle2 aria-hidden="true" className="h-7 w-7 shrink-0" />}>
            <p className="font-semibold">{t("track.postedTitle")}</p>
            <p className="mt-1">{t("track.postedText")}</p>
          </Notice>
        ) : null}
        {rated === "1" && need.status === "CONFIRMED" ? (
          <Notice tone="success" role="status">
            {t("evaluate.rated")}
          </Notice>
        ) : null}
        {reopened === "1" && need.status === "CLAIMED" ? (
          <Notice tone="success" role="status">
            {t("evaluate.reopened")}
          </Notice>
        ) : null}
        {justPosted ? (
          <section className="rounded-lg border border-gray-200 bg-white p-4 text-center">
            <h2 className="text-lg font-semibold">{t("track.keepLink")}</h2>
            <div className="mt-3">
              <NeedQr svg={await needQrSvg(url)} size="10rem" label={t("track.qrLabel")} />
            </div>
            <p className="mt-3 text-sm break-all text-gray-800" data-testid="tracking-url">
              {url}
            </p>
            <Link href={`${trackingPath(token)}/slip`} className={buttonClass("secondary", "mt-3")}>
              {t("track.printSlip")}
            </Link>
          </section>
        ) : null}
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          <div className="flex items-center justify-between gap-3">
            <h2 className="text-lg font-semibold">{t("track.statusHeading")}</h2>
            <StatusBadge tone={NEED_STATUS_TONE[need.status]}>{t(`status.${need.status}`)}</StatusBadge>
          </div>
          <p className="mt-2 text-gray-700">{t(`statusHint.${need.status}`)}</p>
          {need.reason ? (
            <p className="mt-2 rounded-md bg-gray-50 p-3 text-gray-800">
              {t("track.reason")}: {need.reason}
            </p>
          ) : null}
          {need.rating ? (
            <p className="mt-2 text-gray-800">
              {t("track.yourRating", { rating: need.rating })}
              {need.ratingComment ? ` · ${need.ratingComment}` : ""}
            </p>
          ) : null}
        </section>
        {need.status === "DONE" ? (
          <ClientMessages namespaces={["needsPublic", "needWork"]}>
            <NeedEvaluationForms token={token} confirmAction={confirmNeedAction} reopenAction={reopenNeedAction} />
          </ClientMessages>
        ) : null}
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("track.yourNeed")}</h2>
          <p className="mt-2 whitespace-pre-wrap text-gray-900">{need.content}</p>
          <dl className="mt-3 divide-y divide-gray-100">
            {rows.map(([label, value]) => (
              <div key={label} className="flex items-start justify-between gap-4 py-2">
                <dt className="shrink-0 text-gray-600">{label}</dt>
                <dd className="text-right break-words text-gray-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("track.timeline")}</h2>
          <ol className="mt-3 space-y-3 border-l-2 border-gray-200 pl-4">
            {need.events.map((event) => (
              <li key={event.id}>
                <p className="font-medium text-gray-900">
                  {t.has(`events.${event.kind}`) ? t(`events.${event.kind}`) : t("events.other")}
                </p>
                <p className="text-sm text-gray-600">
                  {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ol>
        </section>
        {!justPosted ? (
          <p className="text-sm">
            <Link href={`${trackingPath(token)}/slip`} className="underline">
              {t("track.printSlip")}
            </Link>
          </p>
        ) : null}
      </div>
    </PublicShell>
  );
}
