import { BadgeCheck, BadgeX } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { Notice } from "@/components/ui/notice";
import { checkMemberCard } from "@/lib/identity/check-member-card";
import { setLocaleAction } from "@/app/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const t = await getTranslations("identity");
  const card = await checkMemberCard((await params).token);
  return {
    title: card ? t("check.titleAt", { community: card.community }) : t("check.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Public: opened by scanning the QR code of a member card or a badge, usually in WeChat. Says only
 * whether this is a verified in-service member of the community, with the surname masked.
 */
export default async function CheckCardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const card = await checkMemberCard(token);
  if (!card) notFound();
  const t = await getTranslations("identity");
  const valid = card.validity === "valid";
  return (
    <PublicShell setLocale={setLocaleAction} title={t("check.title")}>
      <div className="space-y-5">
        {valid ? (
          <Notice tone="success" role="status" size="lg" icon={<BadgeCheck aria-hidden="true" className="h-7 w-7 shrink-0" />}>
            {t("check.valid", { community: card.community })}
          </Notice>
        ) : (
          <Notice tone="negative" role="status" size="lg" icon={<BadgeX aria-hidden="true" className="h-7 w-7 shrink-0" />}>
            {t(`check.invalid.${card.validity}`)}
          </Notice>
        )}
        <dl className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white px-4 shadow-sm">
          <div className="flex items-start justify-between gap-4 py-3">
            <dt className="shrink-0 text-gray-600">{t("check.member")}</dt>
            <dd className="text-right font-medium text-gray-900">{card.maskedName}</dd>
          </div>
          <div className="flex items-start justify-between gap-4 py-3">
            <dt className="shrink-0 text-gray-600">{t("check.community")}</dt>
            <dd className="text-right font-medium break-words text-gray-900">{card.community}</dd>
          </div>
          <div className="flex items-start justify-between gap-4 py-3">
            <dt className="shrink-0 text-gray-600">{t("check.status")}</dt>
            <dd className="text-right font-medium text-gray-900">{valid ? t("check.statusValid") : t("check.statusInvalid")}</dd>
          </div>
        </dl>
        <p className="text-sm text-gray-600">{t("check.note")}</p>
      </div>
    </PublicShell>
  );
}
