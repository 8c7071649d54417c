import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { LetterView } from "@/lib/letters/letter-view";
import { buttonClass, LinkButton } from "../ui/button";
import { PageHeader } from "../ui/page-header";
import { LetterDocument, LetterStyles } from "./letter-document";

/** A letter on screen (as it prints) with its print and PDF buttons; the side panel differs by reader. */
export async function LetterPageFrame({
  letter,
  qrSvg,
  basePath,
  back,
  description,
  children,
}: {
  letter: LetterView;
  qrSvg: string;
  /** where this reader's print and pdf routes live, e.g. /unit/letters */
  basePath: string;
  back: { href: string; label: string };
  description: string;
  children: ReactNode;
}) {
  const t = await getTranslations("letters");
  return (
    <>
      <LetterStyles />
      <Link href={back.href} className="text-sm underline">
        {back.label}
      </Link>
      <div className="mt-3">
        <PageHeader
          title={t("letterTitle", { name: letter.memberName, year: letter.year })}
          description={description}
          actions={
            <>
              <LinkButton href={`${basePath}/${letter.id}/print`} target="_blank" variant="secondary">
                {t("print")}
              </LinkButton>
              <a href={`${basePath}/${letter.id}/pdf`} className={buttonClass("secondary")}>
                {t("downloadPdf")}
              </a>
            </>
          }
        />
      </div>
      <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 overflow-x-auto rounded-lg bg-gray-200 p-4">
          <LetterDocument letter={letter} qrSvg={qrSvg} />
        </div>
        <div className="space-y-6">{children}</div>
      </div>
    </>
  );
}
