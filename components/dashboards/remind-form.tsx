"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { remindFollowUpListAction } from "@/app/(community)/community/dashboard-actions";
import type { ActionState } from "@/lib/actions/execute";
import type { RemindResult } from "@/lib/dashboards/remind-follow-up-list";
import { SubmitButton } from "../forms/action-form";

const initial: ActionState<RemindResult> = { ok: false };

/** One click: a notification to everyone on the list with an account, then how many were reached. */
export function RemindForm({ list, label }: { list: "neverServed" | "pledgedNoSignup"; label: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(remindFollowUpListAction, initial);
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
