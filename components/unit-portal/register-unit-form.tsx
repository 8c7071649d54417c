"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { PhoneCodeField } from "../forms/phone-code-field";
import { CheckboxField, TextField } from "../forms/fields";
import { CommunityCheckboxes, type CommunityGroup } from "./community-fields";
import { OfferFields } from "./offer-fields";
import type { FormAction } from "@/lib/actions/types";

/** A new unit registers itself: the unit, the communities, the offers, the contact's account. */
export function RegisterUnitForm({
  groups,
  action,
  sendCode,
}: {
  groups: CommunityGroup[];
  action: FormAction;
  sendCode: FormAction;
}) {
  const t = useTranslations("unitReports");
  return (
    <ActionForm action={action} submitLabel={t("registerSubmit")} showSuccess={false} className="space-y-8">
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-gray-900">{t("sectionUnit")}</legend>
        <TextField name="name" label={t("unitName")} hint={t("unitNameHint")} maxLength={80} autoComplete="organization" />
        <TextField name="partyBranchName" label={t("partyBranchName")} hint={t("partyBranchHint")} maxLength={80} />
        <TextField name="creditCode" label={t("creditCode")} hint={t("creditCodeHint")} maxLength={18} />
        <TextField name="address" label={t("address")} maxLength={200} autoComplete="street-address" />
        <CheckboxField name="inArea" label={t("inAreaLabel")} hint={t("inAreaHint")} />
      </fieldset>
      <CommunityCheckboxes name="communityIds" label={t("sectionCommunities")} hint={t("communitiesHint")} groups={groups} />
      <OfferFields />
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-gray-900">{t("sectionAccount")}</legend>
        <TextField name="contactName" label={t("contactPerson")} maxLength={40} autoComplete="name" />
        <TextField
          name="phone"
          label={t("mobile")}
          hint={t("mobileHint")}
          type="tel"
          inputMode="tel"
          maxLength={11}
          autoComplete="username"
        />
        <PhoneCodeField sendCode={sendCode} purpose="REGISTER" />
        <TextField
          name="password"
          label={t("password")}
          hint={t("passwordHint")}
          type="password"
          maxLength={128}
          autoComplete="new-password"
        />
      </fieldset>
    </ActionForm>
  );
}
