"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/execute";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import { PendingProgress } from "../forms/pending-progress";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Imports the valid rows of a previewed batch; progress shows while it runs. */
export function ImportConfirmForm({ action, batchId, count }: { action: Action; batchId: string; count: number }) {
  const t = useTranslations("rosterImport");
  return (
    <ActionForm action={action} submitLabel={t("preview.confirm", { count })} showSuccess={false} className="space-y-3">
      <HiddenField name="batchId" value={batchId} />
      <p className="text-sm text-gray-600">{t("preview.confirmHint")}</p>
      <PendingProgress label={t("preview.working", { count })} />
    </ActionForm>
  );
}
