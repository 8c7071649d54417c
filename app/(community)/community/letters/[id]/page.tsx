import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { EditLetterForm, RefreshServicesForm } from "@/components/letters/letter-forms";
import { LetterPageFrame } from "@/components/letters/letter-page-frame";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getCommunityLetter } from "@/lib/letters/get-community-letter";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { orNotFound } from "@/lib/or-not-found";
import { refreshLetterServicesAction, updateLetterAction } from "@/app/(community)/community/letters/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "pageTitles.letter" });
}

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("letters.manage");
  const { id } = await params;
  const letter = await orNotFound(getCommunityLetter({ actor, input: { id } }));
  const verifyUrl = await verifyUrlForPage(letter.verifyCode);
  const [qrSvg, t, format] = await Promise.all([letterQrSvg(verifyUrl), getTranslations("letters"), getFormatter()]);
  return (
    <LetterPageFrame
      letter={letter}
      qrSvg={qrSvg}
      basePath="/community/letters"
      back={{ href: `/community/letters?year=${letter.year}`, label: t("backToList") }}
      description={t("letterDescription", { serial: letter.serial, addressee: letter.addressee })}
    >
      <Card title={t("statusTitle")}>
        {letter.acknowledgedAt ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge tone="green">{t("acknowledgedStatus")}</StatusBadge>
            {format.dateTime(letter.acknowledgedAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
        ) : letter.workUnitId ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge tone="amber">{t("awaitingStatus")}</StatusBadge>
            {t("awaitingHint")}
          </p>
        ) : (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge tone="gray">{t("byPostStatus")}</StatusBadge>
            {t("byPostHint")}
          </p>
        )}
        <p className="mt-3 text-sm break-all text-gray-600">
          {t("verifyLink")}{" "}
          <a href={verifyUrl} className="underline" target="_blank" rel="noreferrer">
            {verifyUrl}
          </a>
        </p>
      </Card>
      {letter.acknowledgedAt ? (
        <Card title={t("editTitle")}>
          <p className="text-sm text-gray-700">{t("lockedAcknowledged")}</p>
        </Card>
      ) : (
        <>
          <Card title={t("editTitle")}>
            <EditLetterForm action={updateLetterAction} id={letter.id} contributions={letter.contributions} body={letter.body} />
          </Card>
          <Card title={t("refreshTitle")}>
            <RefreshServicesForm action={refreshLetterServicesAction} id={letter.id} />
          </Card>
        </>
      )}
    </LetterPageFrame>
  );
}
