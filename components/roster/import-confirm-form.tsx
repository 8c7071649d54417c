"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Imports the valid rows of a previewed batch; the button shows progress while it runs. */
export function ImportConfirmForm({ batchId, count, action }: { batchId: string; count: number; action: FormAction }) {
  const t = useTranslations("rosterImport");
  return (
    <ActionForm action={action} submitLabel={t("preview.confirm", { count })} showSuccess={false} className="space-y-3">
      <HiddenField name="batchId" value={batchId} />
      <p className="text-sm text-gray-600">{t("preview.confirmHint")}</p>
    </ActionForm>
  );
}
