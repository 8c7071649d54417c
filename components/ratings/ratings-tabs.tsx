import Link from "next/link";
import { getTranslations } from "next-intl/server";

const TABS = [
  { key: "overview", path: "/community/ratings" },
  { key: "scores", path: "/community/ratings/scores" },
  { key: "objections", path: "/community/ratings/objections" },
  { key: "honourRoll", path: "/community/ratings/honour-roll" },
] as const;

/** The secretary's sub-pages of one year's rating. */
export async function RatingsTabs({
  year,
  current,
  openObjections = 0,
}: {
  year: number;
  current: (typeof TABS)[number]["key"];
  openObjections?: number;
}) {
  const t = await getTranslations("ratings");
  return (
    <nav aria-label={t("tabs.label")} className="mb-6 flex gap-1 overflow-x-auto border-b border-gray-200 print:hidden">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={`${tab.path}?year=${year}`}
          aria-current={current === tab.key ? "page" : undefined}
          className={`-mb-px inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-medium whitespace-nowrap ${current === tab.key ? "border-red-700 text-gray-900" : "border-transparent text-gray-600 hover:text-gray-900"}`}
        >
          {t(`tabs.${tab.key}`)}
          {tab.key === "objections" && openObjections > 0 ? (
            <span className="ml-1">{t("tabs.openCount", { count: openObjections })}</span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
