"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/types";
import type { GenerateSummary } from "@/lib/letters/schema";
import { ActionForm, SubmitButton } from "../forms/action-form";
import { ActionMessage } from "../forms/action-message";
import { HiddenField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Generates the year's letters and then says what happened (created, already there, skipped). */
export function GenerateLettersForm({
  year,
  pending,
  action,
}: {
  year: number;
  pending: number;
  action: FormAction<GenerateSummary>;
}) {
  const t = useTranslations("letters");
  const [state, formAction] = useActionState<ActionState<GenerateSummary>, FormData>(action, { ok: false });
  const summary = state.ok ? state.data : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="year" value={year} />
      <p className="text-sm text-gray-700">
        {pending ? t("generateWill", { count: pending, year }) : t("generateNothing", { year })}
      </p>
      <SubmitButton label={t("generate", { year })} />
      <ActionMessage
        state={state}
        success={
          summary ? (
            <>
              <p className="font-semibold">{t("summaryTitle", { year: summary.year })}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                <li>{t("summaryCreated", { count: summary.created })}</li>
                <li>{t("summaryExisting", { count: summary.existing })}</li>
                <li>{t("summaryNoAddressee", { count: summary.noAddressee.length })}</li>
                <li>{t("summaryBelow", { count: summary.belowThreshold, threshold: summary.threshold })}</li>
              </ul>
              {summary.noAddressee.length ? (
                <p className="mt-2 text-sm">
                  {t("summaryNoAddresseeNames", { names: summary.noAddressee.map((m) => m.name).join("、") })}
                </p>
              ) : null}
            </>
          ) : undefined
        }
      />
    </form>
  );
}

export function LetterSettingsForm({
  threshold,
  closing,
  standardClosing,
  action,
}: {
  threshold: number;
  closing: string | null;
  standardClosing: string;
  action: FormAction;
}) {
  const t = useTranslations("letters");
  return (
    <ActionForm action={action} submitLabel={t("saveSettings")} submitVariant="secondary" className="space-y-4">
      <TextField
        name="threshold"
        label={t("threshold")}
        hint={t("thresholdHint")}
        type="number"
        inputMode="numeric"
        defaultValue={String(threshold)}
      />
      <TextAreaField
        name="closing"
        label={t("closing")}
        hint={t("closingHint", { standard: standardClosing })}
        defaultValue={closing}
        rows={4}
        maxLength={1000}
      />
    </ActionForm>
  );
}

export function EditLetterForm({
  id,
  contributions,
  body,
  action,
}: {
  id: string;
  contributions: string | null;
  body: string;
  action: FormAction;
}) {
  const t = useTranslations("letters");
  return (
    <ActionForm action={action} submitLabel={t("saveLetter")} className="space-y-4">
      <HiddenField name="id" value={id} />
      <TextAreaField
        name="contributions"
        label={t("contributions")}
        hint={t("contributionsHint")}
        defaultValue={contributions}
        rows={4}
        maxLength={1000}
      />
      <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} defaultValue={body} rows={10} maxLength={2000} />
    </ActionForm>
  );
}

export function RefreshServicesForm({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("letters");
  return (
    <ActionForm
      action={action}
      submitLabel={t("refresh")}
      submitVariant="secondary"
      confirm={t("refreshConfirm")}
      className="space-y-2"
    >
      <p className="text-sm text-gray-600">{t("refreshHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function AcknowledgeLetterForm({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("letters");
  return (
    <ActionForm action={action} submitLabel={t("acknowledge")} className="space-y-2">
      <p className="text-sm text-gray-600">{t("acknowledgeHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}
