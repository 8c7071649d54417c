import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { LetterDocument } from "@/components/letters/letter-document";
import { PrintToolbar } from "@/components/letters/print-toolbar";
import { requirePermission } from "@/lib/auth/session";
import { getCommunityLetter } from "@/lib/letters/get-community-letter";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { verifyUrlForPage } from "@/lib/letters/verify-url";
import { orNotFound } from "@/lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("print", { key: "letters.printTitle" });
}

export default async function PrintLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("letters.manage");
  const { id } = await params;
  const letter = await orNotFound(getCommunityLetter({ actor, input: { id } }));
  const qrSvg = await letterQrSvg(await verifyUrlForPage(letter.verifyCode));
  return (
    <>
      <PrintToolbar backHref={`/community/letters/${letter.id}`} count={1} />
      <LetterDocument letter={letter} qrSvg={qrSvg} />
    </>
  );
}
