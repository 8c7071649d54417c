"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import type { FormAction } from "@/lib/actions/types";

/** A new QR code for the card (the old one stops working). */
export function RotateTokenForm({ action }: { action: FormAction }) {
  const t = useTranslations("identity.card");
  return (
    <ActionForm
      action={action}
      submitLabel={t("rotate")}
      submitVariant="secondary"
      confirm={t("rotateConfirm")}
      className="space-y-3"
    />
  );
}
