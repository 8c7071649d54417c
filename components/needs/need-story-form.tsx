"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextAreaField, TextField } from "@/components/forms/fields";
import type { FormAction } from "@/lib/actions/types";

/**
 * 微故事 of one confirmed need (write or edit). The triage page's need detail may show it too:
 * pass the story action of app/(community)/community/needs/stories/actions.ts.
 */
export function NeedStoryForm({
  action,
  needId,
  title,
  body,
}: {
  action: FormAction;
  needId: string;
  title?: string | null;
  body?: string | null;
}) {
  const t = useTranslations("needsPublic.story");
  return (
    <ActionForm action={action} submitLabel={title ? t("update") : t("save")}>
      <HiddenField name="needId" value={needId} />
      <TextField name="title" label={t("title")} hint={t("titleHint")} defaultValue={title} maxLength={40} />
      <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} defaultValue={body} maxLength={1000} rows={5} />
    </ActionForm>
  );
}
