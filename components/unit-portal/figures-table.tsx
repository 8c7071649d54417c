import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "../ui/data-table";

export type FigureRow = { key: string; label: string; records: number; members: number; hours: number; href: string };

/** The numbers behind a chart, with a link from each row to the members it counts. */
export async function FiguresTable({
  rows,
  firstHeader,
  total,
}: {
  rows: FigureRow[];
  firstHeader: string;
  total: Omit<FigureRow, "key" | "label" | "href">;
}) {
  const [t, format] = await Promise.all([getTranslations("unitPortal.dashboard"), getFormatter()]);
  const num = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const th = "px-3 py-2 font-medium whitespace-nowrap";
  return (
    <div>
      <DataTable
        frame="figures"
        head={
          <>
            <th scope="col" className={th}>
              {firstHeader}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("records")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("members")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("hours")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("list")}</span>
            </th>
          </>
        }
        foot={
          <tr>
            <th scope="row" className="px-3 py-1.5 text-left">
              {t("total")}
            </th>
            <td className="tabular px-3 py-1.5 text-right">{num(total.records)}</td>
            <td className="tabular px-3 py-1.5 text-right">{num(total.members)}</td>
            <td className="tabular px-3 py-1.5 text-right">{num(total.hours)}</td>
            <td />
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal whitespace-nowrap">
              {r.label}
            </th>
            <td className="tabular px-3 py-1.5 text-right">{num(r.records)}</td>
            <td className="tabular px-3 py-1.5 text-right">{num(r.members)}</td>
            <td className="tabular px-3 py-1.5 text-right">{num(r.hours)}</td>
            <td className="px-3 py-1.5">
              {r.members > 0 ? (
                <Link
                  href={r.href}
                  className="text-accent underline-offset-2 hover:underline"
                  aria-label={t("viewList", { label: r.label })}
                >
                  {t("list")}
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="mt-2 text-xs text-gray-600">{t("distinctNote")}</p>
    </div>
  );
}
