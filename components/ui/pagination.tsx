import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Server-rendered pager that keeps the other search params. */
export async function Pagination({
  page,
  pageSize,
  total,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const search = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `?${search.toString()}`;
  };
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm text-gray-700">
      <span className="tabular">{t("totalCount", { count: total })}</span>
      <span className="flex items-center gap-3">
        {page > 1 ? (
          <Link className="underline" href={href(page - 1)}>
            {t("previous")}
          </Link>
        ) : null}
        <span className="tabular">{t("pageOf", { page, pages })}</span>
        {page < pages ? (
          <Link className="underline" href={href(page + 1)}>
            {t("next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
