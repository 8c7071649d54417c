import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / this / next letter year; no year in the future (letters thank for work done). */
export async function LetterYearNav({ year, lastYear, basePath }: { year: number; lastYear: number; basePath: string }) {
  const t = await getTranslations("letters");
  const link = "inline-flex min-h-10 items-center gap-1 rounded-md px-3 text-sm text-gray-800 hover:bg-gray-100";
  return (
    <nav aria-label={t("yearNav")} className="mb-4 flex flex-wrap items-center gap-1">
      <Link href={`${basePath}?year=${year - 1}`} className={link}>
        <ChevronLeft aria-hidden="true" className="h-4 w-4" />
        {t("yearLabel", { year: year - 1 })}
      </Link>
      <span aria-current="page" className="tabular inline-flex min-h-10 items-center rounded-md bg-gray-900 px-3 text-sm font-semibold text-white">
        {t("yearLabel", { year })}
      </span>
      {year < lastYear ? (
        <Link href={`${basePath}?year=${year + 1}`} className={link}>
          {t("yearLabel", { year: year + 1 })}
          <ChevronRight aria-hidden="true" className="h-4 w-4" />
        </Link>
      ) : null}
    </nav>
  );
}
