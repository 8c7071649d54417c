"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { CheckboxField, ChoiceField, HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Choice = { value: string; label: string };

export function AppointForm({ action, candidates }: { action: FormAction; candidates: Choice[] }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("appoint")}>
      <SelectField name="memberId" label={t("memberLabel")} placeholder={t("choose")} options={candidates} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startsOn" label={t("startsOn")} type="date" />
        <TextField name="endsOn" label={t("endsOn")} hint={t("endsOnHint")} type="date" />
      </div>
    </ActionForm>
  );
}

export function EndSeatForm({ action, id, name }: { action: FormAction; id: string; name: string }) {
  const t = useTranslations("council");
  return (
    <ActionForm
      action={action}
      submitLabel={t("endSeat")}
      submitVariant="secondary"
      className="inline"
      confirm={t("endSeatConfirm", { name })}
    >
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function ConsultationForm({ action }: { action: FormAction }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("saveDraft")}>
      <TextField name="title" label={t("titleLabel")} maxLength={60} />
      <TextAreaField name="background" label={t("background")} hint={t("backgroundHint")} rows={6} maxLength={4000} />
      <TextAreaField name="options" label={t("options")} hint={t("optionsHint")} rows={4} defaultValue={t("defaultOptions")} />
      <TextAreaField name="links" label={t("links")} hint={t("linksHint")} rows={2} />
    </ActionForm>
  );
}

export function OpenForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("open")}>
      <HiddenField name="id" value={id} />
      <TextField name="deadline" label={t("deadline")} hint={t("deadlineHint")} type="datetime-local" />
      <CheckboxField name="openToAll" label={t("openToAll")} hint={t("openToAllHint")} />
    </ActionForm>
  );
}

export function MeetingForm({ action, id, invited }: { action: FormAction; id: string; invited: Choice[] }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("recordMeeting")}>
      <HiddenField name="id" value={id} />
      <TextField name="meetingAt" label={t("meetingAt")} type="datetime-local" />
      <ChoiceField name="attendees" label={t("attendees")} options={invited} multiple columns={2} />
      <TextAreaField name="minutes" label={t("minutes")} rows={5} maxLength={8000} />
    </ActionForm>
  );
}

export function DecideForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("decide")}>
      <HiddenField name="id" value={id} />
      <ChoiceField
        name="outcome"
        label={t("outcome")}
        options={[
          { value: "ADOPTED", label: t("outcomes.ADOPTED") },
          { value: "NOT_ADOPTED", label: t("outcomes.NOT_ADOPTED") },
        ]}
      />
      <TextAreaField name="reason" label={t("reason")} rows={3} maxLength={1000} />
    </ActionForm>
  );
}

export function ToMenuItemForm({ action, id, categories }: { action: FormAction; id: string; categories: Choice[] }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("toMenuItem")}>
      <HiddenField name="id" value={id} />
      <SelectField name="categoryId" label={t("category")} placeholder={t("choose")} options={categories} />
      <TextAreaField name="description" label={t("itemDescription")} hint={t("itemDescriptionHint")} rows={3} maxLength={500} />
    </ActionForm>
  );
}

export function PublishDecisionForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("publish")}>
      <p className="text-sm text-gray-600">{t("publishHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function OpinionForm({
  action,
  id,
  options,
  own,
}: {
  action: FormAction;
  id: string;
  options: string[];
  own: { option: number; reasons: string } | null;
}) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={own ? t("updateOpinion") : t("giveOpinion")}>
      <HiddenField name="id" value={id} />
      <ChoiceField
        name="option"
        label={t("yourChoice")}
        options={options.map((label, index) => ({ value: String(index), label }))}
        defaultValue={own ? String(own.option) : null}
      />
      <TextAreaField
        name="reasons"
        label={t("reasons")}
        hint={t("reasonsHint")}
        rows={4}
        maxLength={1000}
        defaultValue={own?.reasons}
      />
    </ActionForm>
  );
}

export function ToNeedForm({ action, id, categories }: { action: FormAction; id: string; categories: Choice[] }) {
  const t = useTranslations("council");
  return (
    <ActionForm action={action} submitLabel={t("toNeed")}>
      <HiddenField name="id" value={id} />
      <SelectField name="categoryId" label={t("needCategory")} placeholder={t("choose")} options={categories} />
      <TextAreaField name="content" label={t("needContent")} hint={t("itemDescriptionHint")} rows={3} maxLength={500} />
    </ActionForm>
  );
}
