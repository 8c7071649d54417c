"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions/types";
import { SubmitButton } from "../forms/action-form";
import { ActionMessage } from "../forms/action-message";

type Result = { overdue: number; needsReminded: number; sent: number };
const initial: ActionState<Result> = { ok: false };

/** One click: remind whoever holds the overdue needs (all of them, or one need), then how many were reached. */
export function RemindOverdueForm({ action, needId, label }: { action: FormAction<Result>; needId?: string; label: string }) {
  const t = useTranslations("needFigures");
  const [state, formAction] = useActionState(action, initial);
  const success = state.data
    ? state.data.sent > 0
      ? t("reminded", { needs: state.data.needsReminded, sent: state.data.sent })
      : t("remindedNone")
    : undefined;
  return (
    <form action={formAction} className="space-y-1" aria-label={label}>
      {needId ? <input type="hidden" name="needId" value={needId} /> : <input type="hidden" name="all" value="1" />}
      <SubmitButton label={label} variant="secondary" />
      <ActionMessage state={state} size="sm" success={success} />
    </form>
  );
}
