import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Previous / this / next year of the rating, keeping the page. */
export async function RatingYearSwitcher({ year, thisYear, basePath }: { year: number; thisYear: number; basePath: string }) {
  const t = await getTranslations("ratings");
  const link = "inline-flex min-h-10 items-center gap-1 rounded-md px-3 text-sm text-gray-800 hover:bg-gray-100";
  return (
    <nav aria-label={t("yearSwitcher")} className="mb-4 flex flex-wrap items-center gap-1 print:hidden">
      <Link href={`${basePath}?year=${year - 1}`} className={link}>
        <ChevronLeft aria-hidden="true" className="h-4 w-4" />
        {t("yearLabel", { year: year - 1 })}
      </Link>
      <span aria-current="page" className="tabular inline-flex min-h-10 items-center rounded-md bg-gray-900 px-3 text-sm font-semibold text-white">
        {t("yearLabel", { year })}
      </span>
      <Link href={`${basePath}?year=${year + 1}`} className={link}>
        {t("yearLabel", { year: year + 1 })}
        <ChevronRight aria-hidden="true" className="h-4 w-4" />
      </Link>
      {year !== thisYear ? (
        <Link href={`${basePath}?year=${thisYear}`} className={`${link} underline`}>
          {t("backToThisYear")}
        </Link>
      ) : null}
    </nav>
  );
}
