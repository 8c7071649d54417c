import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/execute";
import type { ImportCounts } from "@/lib/roster/import-rows";
import { ImportConfirmForm } from "./import-confirm-form";
import { Notice } from "../ui/notice";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

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
  action,
  batchId,
  counts,
  reuploadHref,
  unmapped,
}: {
  action: Action;
  batchId: string;
  counts: ImportCounts;
  reuploadHref: string;
  /** columns of the file that will not be imported, named again beside the button */
  unmapped: string[];
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
        <Notice tone="error" role="status">
          {t("preview.nothingToImport")}
        </Notice>
      ) : counts.error > 0 ? (
        <Notice tone="warning">{t("preview.errorsNotice")}</Notice>
      ) : null}
      <div className="flex flex-wrap items-start gap-4 rounded-lg border border-gray-200 bg-white p-5">
        {counts.valid > 0 ? (
          <div className="flex-1">
            {unmapped.length ? (
              <Notice tone="warning" size="sm" className="mb-3">
                {t("layout.unmappedShort", { count: unmapped.length, columns: unmapped.join("、") })}
              </Notice>
            ) : null}
            <ImportConfirmForm action={action} batchId={batchId} count={counts.valid} />
          </div>
        ) : null}
        <a href={reuploadHref} className={buttonClass("secondary")}>
          {t("preview.reupload")}
        </a>
      </div>
    </section>
  );
}
