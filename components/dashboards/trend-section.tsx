import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "../ui/card";
import { TrendChart } from "./charts";
import { dashboardFormat } from "./format";
import { FiguresDetails } from "./figures-details";

type Month = { month: number; activities: number; participations: number; participants: number; hours: number };

/** Monthly trend: the chart, and under it the same numbers as a table. */
export async function TrendSection({ title, months, year }: { title: string; months: Month[]; year: number }) {
  const [t, f, format] = await Promise.all([getTranslations("dashboard"), dashboardFormat(), getFormatter()]);
  // mid-month, so no time zone can move it into another month
  const label = (month: number) => format.dateTime(new Date(Date.UTC(year, month - 1, 15)), { month: "short" });
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  return (
    <Card title={title}>
      <p className="mb-3 text-sm text-gray-600">{t("trend.hint")}</p>
      <TrendChart
        data={months.map((m) => ({
          label: label(m.month),
          activities: m.activities,
          participants: m.participants,
          hours: m.hours,
        }))}
        labels={{ activities: t("cols.activities"), participants: t("cols.participants"), hours: t("cols.hours") }}
        ariaLabel={t("trend.chartLabel", { year })}
      />
      <FiguresDetails
        summary={t("trend.table")}
        head={
          <>
            <th scope="col" className={th}>
              {t("cols.month")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("cols.activities")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("cols.participants")}
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
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              {label(m.month)}
            </th>
            <td className="tabular px-3 py-1.5 text-right">{f.count(m.activities)}</td>
            <td className="tabular px-3 py-1.5 text-right">{f.count(m.participants)}</td>
            <td className="tabular px-3 py-1.5 text-right">{f.count(m.participations)}</td>
            <td className="tabular px-3 py-1.5 text-right">{f.hours(m.hours)}</td>
          </tr>
        ))}
      </FiguresDetails>
    </Card>
  );
}
