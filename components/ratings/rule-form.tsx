"use client";

import { useTranslations } from "next-intl";
import { PUBLICITY_DAYS_MAX, STANDARD_TEXT_MAX, THRESHOLD_FIELDS } from "@/lib/ratings/schema";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Rule = {
  thresholds: number[];
  pointsWeight: number;
  peerWeight: number;
  residentWeight: number;
  publicityDays: number;
  standardText: string | null;
};

/** The rule of a year's rating, editable while the round is a draft. */
export function RatingRuleForm({ year, rule, action }: { year: number; rule: Rule; action: FormAction }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={action} submitLabel={t("rule.save")} className="max-w-3xl space-y-6">
      <HiddenField name="year" value={String(year)} />
      <fieldset>
        <legend className="font-semibold text-gray-900">{t("rule.thresholdsLegend")}</legend>
        <p className="mt-0.5 text-sm text-gray-600">{t("rule.thresholdsHint")}</p>
        <div className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-5">
          {THRESHOLD_FIELDS.map((name, i) => (
            <TextField
              key={name}
              name={name}
              label={t("rule.thresholdLabel", { stars: i + 1 })}
              defaultValue={String(rule.thresholds[i] ?? "")}
              inputMode="numeric"
              maxLength={4}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold text-gray-900">{t("rule.weightsLegend")}</legend>
        <p className="mt-0.5 text-sm text-gray-600">{t("rule.weightsHint")}</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <TextField
            name="pointsWeight"
            label={t("rule.pointsWeight")}
            defaultValue={String(rule.pointsWeight)}
            inputMode="numeric"
            maxLength={3}
          />
          <TextField
            name="peerWeight"
            label={t("rule.peerWeight")}
            defaultValue={String(rule.peerWeight)}
            inputMode="numeric"
            maxLength={3}
          />
          <TextField
            name="residentWeight"
            label={t("rule.residentWeight")}
            defaultValue={String(rule.residentWeight)}
            inputMode="numeric"
            maxLength={3}
          />
        </div>
      </fieldset>
      <div className="max-w-xs">
        <TextField
          name="publicityDays"
          label={t("rule.publicityDays")}
          hint={t("rule.publicityDaysHint", { max: PUBLICITY_DAYS_MAX })}
          defaultValue={String(rule.publicityDays)}
          inputMode="numeric"
          maxLength={2}
        />
      </div>
      <TextAreaField
        name="standardText"
        label={t("rule.standardText")}
        hint={t("rule.standardTextHint")}
        defaultValue={rule.standardText}
        maxLength={STANDARD_TEXT_MAX}
        rows={5}
      />
    </ActionForm>
  );
}
