import { getFormatter, getTranslations } from "next-intl/server";

/** Number formatters of the viewer's locale for the dashboards: counts, hours, rates ("—" without a base). */
export async function dashboardFormat() {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("dashboard")]);
  return {
    count: (n: number) => format.number(n),
    hours: (n: number) => format.number(n, { maximumFractionDigits: 1 }),
    rate: (r: number | null) => (r === null ? t("none") : format.number(r, { style: "percent", maximumFractionDigits: 1 })),
  };
}
