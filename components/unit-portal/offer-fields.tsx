"use client";

import { useTranslations } from "next-intl";
import { useFormField } from "../forms/action-form";
import { TextAreaField, TextField } from "../forms/fields";
import { FieldError } from "../forms/field-frame";

export type OfferDefaults = {
  offerVenues?: string | null;
  offerPeople?: string | null;
  offerGoods?: string | null;
  offerFunds?: string | null;
  offerServices?: string | null;
  offerSkills?: string[];
  note?: string | null;
};

/** What the unit offers: venues, people, goods, funds, professional services, skills (tags) and a note; at least one offer. */
export function OfferFields({ defaults }: { defaults?: OfferDefaults }) {
  const t = useTranslations("unitReports");
  // the "at least one offer" error belongs to the whole group
  const { error, id } = useFormField("offers", t("offersLegend"));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      className={`space-y-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
    >
      <legend className="text-lg font-semibold text-gray-900">{t("offersLegend")}</legend>
      <p id={`${id}-hint`} className="-mt-3 text-sm text-gray-600">
        {t("offersHint")}
      </p>
      <FieldError id={id} error={error} />
      <TextAreaField
        name="offerVenues"
        label={t("offerVenues")}
        hint={t("offerVenuesHint")}
        defaultValue={defaults?.offerVenues}
        maxLength={500}
        rows={2}
      />
      <TextAreaField
        name="offerPeople"
        label={t("offerPeople")}
        hint={t("offerPeopleHint")}
        defaultValue={defaults?.offerPeople}
        maxLength={500}
        rows={2}
      />
      <TextAreaField
        name="offerGoods"
        label={t("offerGoods")}
        hint={t("offerGoodsHint")}
        defaultValue={defaults?.offerGoods}
        maxLength={500}
        rows={2}
      />
      <TextAreaField
        name="offerFunds"
        label={t("offerFunds")}
        hint={t("offerFundsHint")}
        defaultValue={defaults?.offerFunds}
        maxLength={500}
        rows={2}
      />
      <TextAreaField
        name="offerServices"
        label={t("offerServices")}
        hint={t("offerServicesHint")}
        defaultValue={defaults?.offerServices}
        maxLength={500}
        rows={2}
      />
      <TextField
        name="offerSkills"
        label={t("offerSkills")}
        hint={t("offerSkillsHint")}
        defaultValue={defaults?.offerSkills?.join("、")}
        maxLength={500}
      />
      <TextAreaField name="note" label={t("note")} hint={t("noteHint")} defaultValue={defaults?.note} maxLength={500} rows={3} />
    </fieldset>
  );
}
