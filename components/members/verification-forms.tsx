"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

export const BULK_FORM_ID = "bulk-approve";

/** The checkboxes on each card belong to this form through their `form` attribute. */
export function BulkApproveForm({ action }: { action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <ActionForm
      id={BULK_FORM_ID}
      action={action}
      submitLabel={t("approveSelected")}
      className="flex flex-wrap items-center gap-3"
    />
  );
}

export function SelectForBulk({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("verification");
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" name="memberIds" value={memberId} form={BULK_FORM_ID} className="h-5 w-5 accent-red-700" />
      {t("select", { name })}
    </label>
  );
}

export function ApproveOneForm({ memberId, action }: { memberId: string; action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={action} submitLabel={t("approve")} className="space-y-2">
      <HiddenField name="memberIds" value={memberId} />
    </ActionForm>
  );
}

export function RejectForm({ memberId, action }: { memberId: string; action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={action} submitLabel={t("reject")} submitVariant="danger" className="space-y-2">
      <HiddenField name="id" value={memberId} />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
