"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { CheckboxField, HiddenField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Unit = {
  id: string;
  name: string;
  partyBranchName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  address: string | null;
  creditCode: string | null;
  inArea: boolean;
};

export function WorkUnitForm({ unit, create, update }: { unit?: Unit; create: FormAction; update: FormAction }) {
  const t = useTranslations("units");
  return (
    <ActionForm action={unit ? update : create} submitLabel={unit ? t("save") : t("create")}>
      {unit ? <HiddenField name="id" value={unit.id} /> : null}
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={unit?.name} maxLength={80} />
      <TextField
        name="partyBranchName"
        label={t("partyBranchName")}
        hint={t("partyBranchHint")}
        defaultValue={unit?.partyBranchName}
        maxLength={80}
      />
      <TextField name="contactName" label={t("contactName")} defaultValue={unit?.contactName} maxLength={40} />
      <TextField
        name="contactPhone"
        label={t("contactPhone")}
        hint={t("contactPhoneHint")}
        type="tel"
        inputMode="tel"
        defaultValue={unit?.contactPhone}
      />
      <TextField name="address" label={t("address")} defaultValue={unit?.address} maxLength={200} />
      <TextField
        name="creditCode"
        label={t("creditCode")}
        hint={t("creditCodeHint")}
        defaultValue={unit?.creditCode}
        maxLength={18}
      />
      <CheckboxField name="inArea" label={t("inArea")} hint={t("inAreaHint")} defaultChecked={unit?.inArea} />
    </ActionForm>
  );
}
