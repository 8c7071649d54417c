import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { LetterDocument } from "@/components/letters/letter-document";
import { PrintToolbar } from "@/components/letters/print-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/session";
import { listCommunityLettersForPrint } from "@/lib/letters/list-community-letters-for-print";
import { letterQrSvg } from "@/lib/letters/letter-qr";
import { letterYears } from "@/lib/letters/letter-rules";
import { parseYear } from "@/lib/time";
import { verifyUrlForPage } from "@/lib/letters/verify-url";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("print", { key: "pageTitles.printBatch" });
}

/** All letters of the year, one per A4 page, in serial order. */
export default async function PrintAllLettersPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("letters.manage");
  const year = parseYear((await searchParams).year, letterYears());
  const [letters, t] = await Promise.all([listCommunityLettersForPrint({ actor, input: { year } }), getTranslations("letters")]);
  const qrCodes = await Promise.all(letters.map(async (l) => letterQrSvg(await verifyUrlForPage(l.verifyCode))));
  return (
    <>
      <PrintToolbar backHref={`/community/letters?year=${year}`} count={letters.length} />
      {letters.length ? (
        letters.map((letter, i) => <LetterDocument key={letter.id} letter={letter} qrSvg={qrCodes[i]} />)
      ) : (
        <div className="mx-auto max-w-xl">
          <EmptyState message={t("nothingToPrint", { year })} />
        </div>
      )}
    </>
  );
}
