import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LetterDocument, LetterStyles } from "@/components/letters/letter-document";
import { AcknowledgeLetterForm } from "@/components/letters/letter-forms";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { getUnitLetter } from "@/lib/letters/unit-letters";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { orNotFound } from "@/lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("letters");
  return { title: t("inboxTitle") };
}

export default async function UnitLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("unit.letters");
  const { id } = await params;
  const letter = await orNotFound(getUnitLetter({ actor, id }));
  const [qrSvg, t, format] = await Promise.all([letterQrSvg(await verifyUrlForPage(letter.verifyCode)), getTranslations("letters"), getFormatter()]);
  return (
    <>
      <LetterStyles />
      <Link href="/unit/letters" className="text-sm underline">
        {t("backToInbox")}
      </Link>
      <div className="mt-3">
        <PageHeader
          title={t("letterTitle", { name: letter.memberName, year: letter.year })}
          description={t("fromCommunity", { community: letter.communityName, serial: letter.serial })}
          actions={
            <>
              <LinkButton href={`/unit/letters/${letter.id}/print`} target="_blank" variant="secondary">
                {t("print")}
              </LinkButton>
              <a href={`/unit/letters/${letter.id}/pdf`} className={buttonClass("secondary")}>
                {t("downloadPdf")}
              </a>
            </>
          }
        />
      </div>
      <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 overflow-x-auto rounded-lg bg-gray-200 p-4">
          <LetterDocument letter={letter} qrSvg={qrSvg} />
        </div>
        <Card title={t("statusTitle")}>
          {letter.acknowledgedAt ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge tone="green">{t("acknowledgedStatus")}</StatusBadge>
              {format.dateTime(letter.acknowledgedAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
          ) : (
            <AcknowledgeLetterForm id={letter.id} />
          )}
        </Card>
      </div>
    </>
  );
}
