import { useTranslations } from "next-intl";
import { DataTable } from "../ui/data-table";
import { Notice } from "../ui/notice";

/** After confirm: how many were imported, and which rows were not, grouped by reason. */
export function ImportSummary({ imported, reasons: all }: { imported: number; reasons: { key: string; count: number }[] }) {
  const t = useTranslations("rosterImport");
  const tAll = useTranslations();
  const reasons = new Map(all.filter((r) => r.key !== "error").map((r) => [r.key, r.count]));
  const errors = all.find((r) => r.key === "error")?.count ?? 0;
  return (
    <section className="mb-6 space-y-4">
      <Notice tone="success" role="status">
        <p className="text-lg font-semibold">{t("summary.title")}</p>
        <p className="mt-1">{imported > 0 ? t("summary.imported", { count: imported }) : t("summary.importedNone")}</p>
      </Notice>
      <div className="rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="mb-3 text-lg font-semibold text-gray-900">{t("summary.notImportedTitle")}</h2>
        {reasons.size || errors ? (
          <DataTable
            frame="plain"
            className="max-w-xl"
            head={
              <>
                <th scope="col" className="py-2 pr-4">
                  {t("summary.reason")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("summary.rows")}
                </th>
              </>
            }
          >
            {[...reasons].map(([key, count]) => (
              <tr key={key}>
                <td className="py-2 pr-4">{tAll(key)}</td>
                <td className="tabular py-2 text-right">{count}</td>
              </tr>
            ))}
            {errors ? (
              <tr>
                <td className="py-2 pr-4 text-red-800">{t("summary.errorRows")}</td>
                <td className="tabular py-2 text-right text-red-800">{errors}</td>
              </tr>
            ) : null}
          </DataTable>
        ) : (
          <p className="text-gray-700">{t("summary.allImported")}</p>
        )}
      </div>
    </section>
  );
}
