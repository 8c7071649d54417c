import { getLocale, getTranslations } from "next-intl/server";
import { categoryName } from "@/lib/menu/category-label";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { HorizontalBars } from "./charts";
import { dashboardFormat } from "./format";
import { FiguresDetails } from "./figures-details";

type Category = { categoryId: string; nameZh: string; nameEn: string; participations: number; hours: number };

/** Hours per service category as bars, and participations and hours as a table. */
export async function CategorySection({ categories, year }: { categories: Category[]; year: number }) {
  const [t, f, locale] = await Promise.all([getTranslations("dashboard"), dashboardFormat(), getLocale()]);
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  return (
    <Card title={t("categoryMix.title", { year })}>
      <p className="mb-3 text-sm text-gray-600">{t("categoryMix.hint")}</p>
      {categories.length ? (
        <>
          <HorizontalBars
            data={categories.map((c) => ({ label: categoryName(c, locale), value: c.hours }))}
            valueLabel={t("cols.hours")}
            ariaLabel={t("categoryMix.chartLabel", { year })}
          />
          <FiguresDetails
            summary={t("categoryMix.table")}
            head={
              <>
                <th scope="col" className={th}>
                  {t("cols.category")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("cols.participations")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("cols.hours")}
                </th>
              </>
            }
          >
            {categories.map((c) => (
              <tr key={c.categoryId}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  {categoryName(c, locale)}
                </th>
                <td className="tabular px-3 py-1.5 text-right">{f.count(c.participations)}</td>
                <td className="tabular px-3 py-1.5 text-right">{f.hours(c.hours)}</td>
              </tr>
            ))}
          </FiguresDetails>
        </>
      ) : (
        <EmptyState message={t("categoryMix.empty", { year })} />
      )}
    </Card>
  );
}
