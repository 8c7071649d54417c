import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { LetterDocument } from "@/components/letters/letter-document";
import { PrintToolbar } from "@/components/letters/print-toolbar";
import { requirePermission } from "@/lib/auth/session";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { getUnitLetter } from "@/lib/letters/get-unit-letter";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { orNotFound } from "@/lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("print", { key: "letters.printTitle" });
}

export default async function PrintUnitLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("unit.letters");
  const { id } = await params;
  const letter = await orNotFound(getUnitLetter({ actor, input: { id } }));
  const qrSvg = await letterQrSvg(await verifyUrlForPage(letter.verifyCode));
  return (
    <>
      <PrintToolbar backHref={`/unit/letters/${letter.id}`} count={1} />
      <LetterDocument letter={letter} qrSvg={qrSvg} />
    </>
  );
}
