"use client";

import { useTranslations } from "next-intl";
import { confirmRosterImportAction } from "@/app/(community)/community/roster/import/actions";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";

/** Imports the valid rows of a previewed batch; the button shows progress while it runs. */
export function ImportConfirmForm({ batchId, count }: { batchId: string; count: number }) {
  const t = useTranslations("rosterImport");
  return (
    <ActionForm
      action={confirmRosterImportAction}
      submitLabel={t("preview.confirm", { count })}
      showSuccess={false}
      className="space-y-3"
    >
      <HiddenField name="batchId" value={batchId} />
      <p className="text-sm text-gray-600">{t("preview.confirmHint")}</p>
    </ActionForm>
  );
}
