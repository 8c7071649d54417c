"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/types";
import type { RemindResult } from "@/lib/dashboards/schema";
import { SubmitButton } from "../forms/action-form";
import { ActionMessage } from "../forms/action-message";
import type { FormAction } from "@/lib/actions/types";

const initial: ActionState<RemindResult> = { ok: false };

/** One click: a notification to everyone on the list with an account, then how many were reached. */
export function RemindForm({
  list,
  label,
  action,
}: {
  list: "neverServed" | "pledgedNoSignup";
  label: string;
  action: FormAction<RemindResult>;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-2" aria-label={label}>
      <input type="hidden" name="list" value={list} />
      <SubmitButton label={t("dashboard.remind.button")} variant="secondary" />
      <p className="text-xs text-gray-600">{t("dashboard.remind.hint")}</p>
      <ActionMessage state={state} size="sm" success={state.data ? t("dashboard.remind.result", { ...state.data }) : undefined} />
    </form>
  );
}
