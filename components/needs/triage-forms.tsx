"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/types";
import { ActionForm } from "../forms/action-form";
import { ChoiceField, HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";

type Option = { value: string; label: string };

export function PublishNeedForm({ needId, places, action }: { needId: string; places: number; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("publish")} className="space-y-3">
      <p className="text-sm text-gray-600">{t("publishHint")}</p>
      <HiddenField name="needId" value={needId} />
      <TextField
        name="places"
        label={t("places")}
        hint={t("placesHint")}
        defaultValue={String(places)}
        inputMode="numeric"
        maxLength={2}
      />
    </ActionForm>
  );
}

export function RejectNeedForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("reject")} submitVariant="danger" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="reason" label={t("rejectReason")} hint={t("rejectReasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}

export function MergeNeedForm({ needId, targets, action }: { needId: string; targets: Option[]; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("merge")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <SelectField name="intoId" label={t("mergeInto")} hint={t("mergeHint")} options={targets} placeholder={t("choose")} />
    </ActionForm>
  );
}

export function ConvertNeedForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("convert")} submitVariant="secondary" className="space-y-2">
      <p className="text-sm text-gray-600">{t("convertHint")}</p>
      <HiddenField name="needId" value={needId} />
    </ActionForm>
  );
}

export function NotifyMatchesForm({
  needId,
  options,
  chosen,
  action,
}: {
  needId: string;
  options: Option[];
  chosen: string[];
  action: FormAction;
}) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("notifyChosen")} className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <ChoiceField
        name="memberIds"
        label={t("notifyLabel")}
        hint={t("notifyHint")}
        options={options}
        defaultValue={chosen}
        multiple
      />
    </ActionForm>
  );
}

export function AssignNeedForm({ needId, options, action }: { needId: string; options: Option[]; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("assign")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <ChoiceField name="memberIds" label={t("assignLabel")} hint={t("assignHint")} options={options} multiple />
    </ActionForm>
  );
}

export function CloseNeedForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("close")} submitVariant="danger" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="reason" label={t("closeReason")} hint={t("closeReasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}

export function ConfirmByPhoneForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("confirmByPhone")} className="space-y-3">
      <p className="text-sm text-gray-600">{t("confirmByPhoneHint")}</p>
      <HiddenField name="needId" value={needId} />
      <ChoiceField
        name="rating"
        label={t("rating")}
        options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t("stars", { count: n }) }))}
        columns={3}
      />
      <TextAreaField name="comment" label={t("ratingComment")} rows={2} maxLength={500} />
    </ActionForm>
  );
}

export function ReopenByPhoneForm({ needId, action }: { needId: string; action: FormAction }) {
  const t = useTranslations("needTriage");
  return (
    <ActionForm action={action} submitLabel={t("reopenByPhone")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="needId" value={needId} />
      <TextAreaField name="reason" label={t("reopenReason")} rows={2} maxLength={300} />
    </ActionForm>
  );
}
