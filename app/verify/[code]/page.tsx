import { BadgeCheck } from "lucide-react";
import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { formatHours } from "@/lib/letters/letter-rules";
import { verifyLetter } from "@/lib/letters/verify-letter";
import { setLocaleAction } from "@/app/actions";
import { Notice } from "@/components/ui/notice";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("public", { key: "pageTitles.verify" });
}

/**
 * Public: opened by scanning the QR code on a printed letter, usually in WeChat. Shows only the
 * letter's key facts with the member's name masked; an unknown code is a 404.
 */
export default async function VerifyLetterPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const letter = await verifyLetter(code);
  if (!letter) notFound();
  const t = await getTranslations("letters");
  const rows: [string, string][] = [
    [t("serial"), letter.serial],
    [t("community"), letter.community],
    [t("year"), t("yearLabel", { year: letter.year })],
    [t("member"), letter.maskedName],
    [t("addressee"), letter.addressee],
    [t("activities"), String(letter.activityCount)],
    [t("hours"), formatHours(letter.totalHours)],
    [t("issued"), letter.issuedOn],
  ];
  return (
    <PublicShell setLocale={setLocaleAction} title={t("verifyTitle")}>
      <div className="space-y-5">
        <Notice tone="success" role="status" size="lg" icon={<BadgeCheck aria-hidden="true" className="h-7 w-7 shrink-0" />}>
          {t("verifyValid")}
        </Notice>
        <dl className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white px-4 shadow-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="flex items-start justify-between gap-4 py-3">
              <dt className="shrink-0 text-gray-600">{label}</dt>
              <dd className="text-right font-medium break-words text-gray-900">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-gray-600">{t("verifyNote")}</p>
      </div>
    </PublicShell>
  );
}
