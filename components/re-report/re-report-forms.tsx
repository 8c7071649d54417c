"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions/types";
import { ActionForm, SubmitButton } from "../forms/action-form";
import { ActionMessage } from "../forms/action-message";
import { TextField } from "../forms/fields";

type RemindResult = { listed: number; sent: number };
const initial: ActionState<RemindResult> = { ok: false };

/** The secretary opens a window: first and last Beijing day. */
export function OpenWindowForm({ action, defaults }: { action: FormAction; defaults: { firstDay: string; lastDay: string } }) {
  const t = useTranslations("reReport");
  return (
    <ActionForm action={action} submitLabel={t("open")} className="grid gap-4 sm:grid-cols-2">
      <TextField name="firstDay" label={t("firstDay")} type="date" defaultValue={defaults.firstDay} />
      <TextField name="lastDay" label={t("lastDay")} type="date" defaultValue={defaults.lastDay} hint={t("openHint")} />
    </ActionForm>
  );
}

/** One click: a notification to every member who has not confirmed, then how many were reached. */
export function RemindReReportForm({ action, windowId }: { action: FormAction<RemindResult>; windowId: string }) {
  const t = useTranslations("reReport");
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="windowId" value={windowId} />
      <SubmitButton label={t("remind")} variant="secondary" />
      <ActionMessage state={state} size="sm" success={state.data ? t("reminded", { ...state.data }) : undefined} />
    </form>
  );
}
