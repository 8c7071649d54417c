import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { ImportCounts } from "@/lib/roster/import-rows";
import type { FormAction } from "@/lib/actions/types";
import { ImportConfirmForm } from "./import-confirm-form";

function Count({ label, value, hint, tone }: { label: string; value: number; hint: string; tone: "green" | "gray" | "red" }) {
  const accent = { green: "border-t-green-700", gray: "border-t-gray-400", red: "border-t-red-700" }[tone];
  return (
    <div className={`rounded-lg border border-t-4 border-gray-200 bg-white p-4 ${accent}`}>
      <div className="text-sm font-medium text-gray-700">{label}</div>
      <div className="tabular mt-1 text-3xl font-semibold text-gray-900">{value}</div>
      <div className="mt-1 text-xs text-gray-600">{hint}</div>
    </div>
  );
}

/** The preview's counts and the one decision: import the valid rows, or fix the file and upload again. */
export function ImportPreview({
  batchId,
  counts,
  reuploadHref,
  confirmAction,
}: {
  batchId: string;
  counts: ImportCounts;
  reuploadHref: string;
  confirmAction: FormAction;
}) {
  const t = useTranslations("rosterImport");
  return (
    <section aria-labelledby="import-decision" className="mb-6 space-y-4">
      <h2 id="import-decision" className="sr-only">
        {t("preview.title")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Count label={t("preview.valid")} value={counts.valid} hint={t("preview.validHint")} tone="green" />
        <Count label={t("preview.skip")} value={counts.skip} hint={t("preview.skipHint")} tone="gray" />
        <Count label={t("preview.error")} value={counts.error} hint={t("preview.errorHint")} tone="red" />
      </div>
      {counts.valid === 0 ? (
        <div role="status" className="rounded-md border-2 border-red-700 bg-white px-4 py-3 text-red-800">
          {t("preview.nothingToImport")}
        </div>
      ) : counts.error > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">{t("preview.errorsNotice")}</p>
      ) : null}
      <div className="flex flex-wrap items-start gap-4 rounded-lg border border-gray-200 bg-white p-5">
        {counts.valid > 0 ? (
          <div className="flex-1">
            <ImportConfirmForm batchId={batchId} count={counts.valid} action={confirmAction} />
          </div>
        ) : null}
        <a href={reuploadHref} className={buttonClass("secondary")}>
          {t("preview.reupload")}
        </a>
      </div>
    </section>
  );
}
