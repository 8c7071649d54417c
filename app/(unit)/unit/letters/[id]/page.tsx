import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { AcknowledgeLetterForm } from "@/components/letters/letter-forms";
import { LetterPageFrame } from "@/components/letters/letter-page-frame";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { getUnitLetter } from "@/lib/letters/get-unit-letter";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { orNotFound } from "@/lib/or-not-found";
import { acknowledgeLetterAction } from "@/app/(unit)/unit/letters/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("unit", { key: "pageTitles.letter" });
}

export default async function UnitLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("unit.letters");
  const { id } = await params;
  const letter = await orNotFound(getUnitLetter({ actor, input: { id } }));
  const [qrSvg, t, format] = await Promise.all([
    letterQrSvg(await verifyUrlForPage(letter.verifyCode)),
    getTranslations("letters"),
    getFormatter(),
  ]);
  return (
    <LetterPageFrame
      letter={letter}
      qrSvg={qrSvg}
      basePath="/unit/letters"
      back={{ href: "/unit/letters", label: t("backToInbox") }}
      description={t("fromCommunity", { community: letter.communityName, serial: letter.serial })}
    >
      <Card title={t("statusTitle")}>
        {letter.acknowledgedAt ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge tone="green">{t("acknowledgedStatus")}</StatusBadge>
            {format.dateTime(letter.acknowledgedAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
        ) : (
          <AcknowledgeLetterForm action={acknowledgeLetterAction} id={letter.id} />
        )}
      </Card>
    </LetterPageFrame>
  );
}
