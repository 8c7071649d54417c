"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/types";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField } from "../forms/fields";

export function ClaimNeedForm({ needId, joining, action }: { needId: string; joining: boolean; action: FormAction }) {
  const t = useTranslations("needBoard");
  return (
    <ActionForm action={action} submitLabel={joining ? t("join") : t("claim")} className="space-y-2">
      <p className="text-sm text-gray-700">{t("claimHint")}</p>
      <HiddenField name="needId" value={needId} />
    </ActionForm>
  );
}

export function ProgressForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needBoard");
  return (
    <ActionForm action={action} submitLabel={t("saveProgress")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="note" label={t("progressNote")} hint={t("progressHint")} rows={2} maxLength={300} />
    </ActionForm>
  );
}

export function FinishForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needBoard");
  return (
    <ActionForm action={action} submitLabel={t("finish")} className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="note" label={t("doneNote")} hint={t("doneHint")} rows={3} maxLength={300} />
    </ActionForm>
  );
}

export function ReturnForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needBoard");
  return (
    <ActionForm
      action={action}
      submitLabel={t("handBack")}
      submitVariant="danger"
      confirm={t("handBackConfirm")}
      className="space-y-3"
    >
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="reason" label={t("handBackReason")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
