"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

export function AdjustPointsForm({
  members,
  action,
}: {
  members: { id: string; name: string; balance: number }[];
  action: FormAction;
}) {
  const t = useTranslations("points");
  return (
    <ActionForm action={action} submitLabel={t("adjust")}>
      <SelectField
        name="memberId"
        label={t("member")}
        placeholder={t("choose")}
        options={members.map((m) => ({ value: m.id, label: t("memberWithBalance", { name: m.name, balance: m.balance }) }))}
      />
      <TextField name="amount" label={t("amount")} hint={t("amountHint")} type="number" inputMode="numeric" />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
