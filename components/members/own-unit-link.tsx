"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** A member confirms the unit suggested for the employer they typed (never linked by name alone). */
export function OwnUnitLinkForm({
  action,
  memberId,
  typed,
  unit,
}: {
  action: FormAction;
  memberId: string;
  typed: string;
  unit: string;
}) {
  const t = useTranslations("trust.ownLink");
  return (
    <ActionForm action={action} submitLabel={t("confirm")} className="space-y-3">
      <p>{t("explain", { typed, unit })}</p>
      <HiddenField name="memberId" value={memberId} />
    </ActionForm>
  );
}
