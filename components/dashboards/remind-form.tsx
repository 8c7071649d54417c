"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/types";
import type { RemindResult } from "@/lib/dashboards/schema";
import { SubmitButton } from "../forms/action-form";
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
      {state.ok && state.data ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("dashboard.remind.result", { ...state.data })}
        </p>
      ) : state.message ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-white px-3 py-2 text-sm text-red-800">
          {t(state.message)}
        </p>
      ) : null}
    </form>
  );
}
