"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Accept a unit's report, or decline it with a reason the unit will read. */
export function DecisionForms({
  reportId,
  unitName,
  accept,
  decline,
}: {
  reportId: string;
  unitName: string;
  accept: FormAction;
  decline: FormAction;
}) {
  const t = useTranslations("unitReports");
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <ActionForm action={accept} submitLabel={t("accept")} className="space-y-3">
        <HiddenField name="id" value={reportId} />
      </ActionForm>
      <details className="min-w-0 flex-1 rounded-md border border-gray-200 p-3 open:bg-gray-50">
        <summary className="min-h-10 cursor-pointer py-2 font-medium text-red-700">
          {t("declineSummary", { unit: unitName })}
        </summary>
        <div className="mt-3">
          <ActionForm action={decline} submitLabel={t("decline")} submitVariant="danger" className="space-y-3">
            <HiddenField name="id" value={reportId} />
            <TextField name="reason" label={t("declineReasonLabel")} hint={t("declineReasonHint")} maxLength={200} />
          </ActionForm>
        </div>
      </details>
    </div>
  );
}
