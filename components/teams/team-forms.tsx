"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { CheckboxField, HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

export function TeamForm({ action, candidates }: { action: FormAction; candidates: { value: string; label: string }[] }) {
  const t = useTranslations("teams");
  return (
    <ActionForm action={action} submitLabel={t("create")}>
      <TextField name="name" label={t("name")} hint={t("nameHint")} maxLength={40} />
      <TextAreaField name="description" label={t("description")} rows={3} maxLength={500} />
      <SelectField
        name="leaderMemberId"
        label={t("leader")}
        hint={t("leaderHint")}
        placeholder={t("choose")}
        options={candidates}
      />
    </ActionForm>
  );
}

export function ApplyForm({ action, teamId, name }: { action: FormAction; teamId: string; name: string }) {
  const t = useTranslations("teams");
  return (
    <ActionForm action={action} submitLabel={t("apply", { name })} className="space-y-2">
      <HiddenField name="teamId" value={teamId} />
    </ActionForm>
  );
}

export function DecideApplicationForms({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const t = useTranslations("teams");
  return (
    <div className="space-y-2">
      <ActionForm action={action} submitLabel={t("accept", { name })} className="space-y-2">
        <HiddenField name="id" value={id} />
        <HiddenField name="accept" value="true" />
        <CheckboxField name="core" label={t("asCore")} />
      </ActionForm>
      <ActionForm action={action} submitLabel={t("decline", { name })} submitVariant="secondary" className="space-y-2">
        <HiddenField name="id" value={id} />
        <HiddenField name="accept" value="false" />
      </ActionForm>
    </div>
  );
}
