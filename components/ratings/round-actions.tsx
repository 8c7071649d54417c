"use client";

import { useTranslations } from "next-intl";
import {
  computeRatingDraftAction,
  finalizeRatingsAction,
  startPublicityAction,
} from "@/app/(community)/community/ratings/actions";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";

/** (Re)compute the draft; during the public notice period members see the new result at once. */
export function ComputeDraftForm({ year, again, duringPublicity }: { year: number; again: boolean; duringPublicity: boolean }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm
      action={computeRatingDraftAction}
      submitLabel={again ? t("recompute") : t("compute")}
      submitVariant={again ? "secondary" : "primary"}
      confirm={duringPublicity ? t("recomputeConfirm") : undefined}
      className="space-y-3"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}

export function StartPublicityForm({ year, days }: { year: number; days: number }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm
      action={startPublicityAction}
      submitLabel={t("startPublicity")}
      confirm={t("startPublicityConfirm", { days })}
      className="space-y-3"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}

export function FinalizeForm({ year }: { year: number }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={finalizeRatingsAction} submitLabel={t("finalize")} confirm={t("finalizeConfirm")} className="space-y-3">
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}
