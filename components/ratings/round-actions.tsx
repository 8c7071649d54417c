"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** (Re)compute the draft; during the public notice period members see the new result at once. */
export function ComputeDraftForm({
  year,
  again,
  duringPublicity,
  action,
}: {
  year: number;
  again: boolean;
  duringPublicity: boolean;
  action: FormAction;
}) {
  const t = useTranslations("ratings");
  return (
    <ActionForm
      action={action}
      submitLabel={again ? t("recompute") : t("compute")}
      submitVariant={again ? "secondary" : "primary"}
      confirm={duringPublicity ? t("recomputeConfirm") : undefined}
      className="space-y-3"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}

export function StartPublicityForm({ year, days, action }: { year: number; days: number; action: FormAction }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm
      action={action}
      submitLabel={t("startPublicity")}
      confirm={t("startPublicityConfirm", { days })}
      className="space-y-3"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}

export function FinalizeForm({ year, action }: { year: number; action: FormAction }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={action} submitLabel={t("finalize")} confirm={t("finalizeConfirm")} className="space-y-3">
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}
