import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Previous / this / next year, keeping the page's other query parameters. */
export async function YearSwitcher({
  year,
  thisYear,
  basePath,
  params = {},
  future = true,
}: {
  year: number;
  thisYear: number;
  basePath: string;
  params?: Record<string, string | undefined>;
  /** false where a later year means nothing yet (letters thank for work already done) */
  future?: boolean;
}) {
  const t = await getTranslations("common");
  const href = (y: number) => {
    const search = new URLSearchParams(
      Object.entries({ ...params, year: String(y) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `${basePath}?${search.toString()}`;
  };
  const link = "inline-flex min-h-10 items-center gap-1 rounded-md px-3 text-sm text-gray-800 hover:bg-gray-100";
  return (
    <nav aria-label={t("yearSwitcher")} className="mb-4 flex flex-wrap items-center gap-1 print:hidden">
      <Link href={href(year - 1)} className={link}>
        <ChevronLeft aria-hidden="true" className="h-4 w-4" />
        {t("yearLabel", { year: year - 1 })}
      </Link>
      <span
        aria-current="page"
        className="tabular inline-flex min-h-10 items-center rounded-md bg-gray-900 px-3 text-sm font-semibold text-white"
      >
        {t("yearLabel", { year })}
      </span>
      {future || year < thisYear ? (
        <Link href={href(year + 1)} className={link}>
          {t("yearLabel", { year: year + 1 })}
          <ChevronRight aria-hidden="true" className="h-4 w-4" />
        </Link>
      ) : null}
      {year !== thisYear ? (
        <Link href={href(thisYear)} className={`${link} underline`}>
          {t("backToThisYear")}
        </Link>
      ) : null}
    </nav>
  );
}
