import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NeedPrintPage, NeedQr } from "@/components/needs/need-print";
import { needQrSvg } from "@/lib/needs/need-qr";
import { absoluteUrlForPage, trackingPath } from "@/lib/needs/need-urls";
import { trackedNeedForPage } from "@/lib/needs/tracked-need-page";
import { orNotFound } from "@/lib/or-not-found";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ recorded?: string | string[]; reissued?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("needsPublic");
  const { token } = await params;
  const need = await trackedNeedForPage(token).catch(() => null);
  const title = need ? `${t("slip.title")} – ${need.community}` : t("slip.title");
  return { title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The tracking slip (回执) to print and hand over: the QR code of the tracking link, what was asked
 * and when. No name, phone or room on it: whoever finds the slip learns only what the page shows.
 */
export default async function NeedSlipPage({ params, searchParams }: Props) {
  const [{ token }, { recorded, reissued }] = await Promise.all([params, searchParams]);
  const need = await orNotFound(trackedNeedForPage(token));
  const [t, format, locale] = await Promise.all([getTranslations("needsPublic"), getFormatter(), getLocale()]);
  const url = await absoluteUrlForPage(trackingPath(token));
  const svg = await needQrSvg(url);
  return (
    <NeedPrintPage backHref={trackingPath(token)} backLabel={t("slip.back")} printLabel={t("slip.print")}>
      {recorded === "1" || reissued === "1" ? (
        <p
          role="status"
          className="mx-auto max-w-[210mm] rounded-md bg-green-50 p-3 text-green-900 ring-1 ring-green-600/30 print:hidden"
        >
          {t(reissued === "1" ? "slip.reissued" : "record.recorded")}
        </p>
      ) : null}
      <article className="need-sheet need-slip">
        <p className="text-lg font-semibold text-red-700">
          {need.community}
          {need.building ? ` · ${need.building}` : ""}
        </p>
        <div className="mt-1 border-t-4 border-red-700" />
        <h1 className="mt-4 text-center text-2xl font-bold tracking-widest">{t("slip.title")}</h1>
        <div className="mt-6 flex flex-col items-center gap-6 sm:flex-row sm:items-start">
          <figure className="text-center">
            <NeedQr svg={svg} size="50mm" label={t("track.qrLabel")} />
            <figcaption className="mt-2 text-sm">{t("slip.scan")}</figcaption>
          </figure>
          <dl className="flex-1 space-y-2 text-base">
            <div>
              <dt className="text-sm text-gray-600">{t("track.kind")}</dt>
              <dd>
                {t(`kinds.${need.kind}`)} · {locale === "en" ? need.category.nameEn : need.category.nameZh}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-gray-600">{t("track.yourNeed")}</dt>
              <dd className="whitespace-pre-wrap">{need.content}</dd>
            </div>
            <div>
              <dt className="text-sm text-gray-600">{t("track.submittedAt")}</dt>
              <dd>{format.dateTime(need.createdAt, { dateStyle: "long" })}</dd>
            </div>
          </dl>
        </div>
        <p className="mt-6 text-sm">{t("slip.howTo")}</p>
        <p className="mt-2 font-mono text-xs break-all text-gray-700">{url}</p>
        <p className="mt-2 text-xs text-gray-600">{t("slip.keepSafe")}</p>
      </article>
    </NeedPrintPage>
  );
}
