"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** The street vouches for a self-registered unit. */
export function VerifyUnitForm({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const t = useTranslations("trust.verification");
  return (
    <ActionForm action={action} submitLabel={t("verify")} confirm={t("verifyConfirm", { name })} className="space-y-2">
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

/** The street turns a registration down; the reason is shown to the unit's admin. */
export function RejectUnitForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("trust.verification");
  return (
    <ActionForm action={action} submitLabel={t("reject")} submitVariant="danger" className="space-y-2">
      <HiddenField name="id" value={id} />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
