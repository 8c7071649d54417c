"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

export type CategoryOption = { value: string; label: string };

type ItemDefaults = {
  id: string;
  categoryId: string;
  title: string;
  description: string | null;
  skillsWanted: string[];
  typicalTime: string | null;
  positions: number | null;
};

/** Create (no item) or edit an item of the menu; one form, the same schema as the server. */
export function ServiceItemForm({
  year,
  categories,
  item,
  defaultCategoryId,
  action,
}: {
  year: number;
  categories: CategoryOption[];
  item?: ItemDefaults;
  defaultCategoryId?: string;
  action: FormAction;
}) {
  const t = useTranslations("menu");
  return (
    <ActionForm action={action} submitLabel={item ? t("saveItem") : t("addItem")} className="max-w-2xl space-y-5">
      {item ? <HiddenField name="id" value={item.id} /> : null}
      <HiddenField name="year" value={String(year)} />
      <SelectField
        name="categoryId"
        label={t("fields.category")}
        options={categories}
        placeholder={t("choose")}
        defaultValue={item?.categoryId ?? defaultCategoryId}
      />
      <TextField name="title" label={t("fields.title")} hint={t("fields.titleHint")} defaultValue={item?.title} maxLength={60} />
      <TextAreaField
        name="description"
        label={t("fields.description")}
        hint={t("fields.descriptionHint")}
        defaultValue={item?.description}
        maxLength={500}
        rows={4}
      />
      <TextField
        name="skillsWanted"
        label={t("fields.skillsWanted")}
        hint={t("fields.skillsWantedHint")}
        defaultValue={item?.skillsWanted.join("、")}
        maxLength={300}
      />
      <TextField
        name="typicalTime"
        label={t("fields.typicalTime")}
        hint={t("fields.typicalTimeHint")}
        defaultValue={item?.typicalTime}
        maxLength={40}
      />
      <TextField
        name="positions"
        label={t("fields.positions")}
        hint={t("fields.positionsHint")}
        defaultValue={item?.positions != null ? String(item.positions) : undefined}
        inputMode="numeric"
        maxLength={3}
      />
    </ActionForm>
  );
}

/** Close an open item (no new pledges) or open it again. */
export function SetItemOpenForm({
  id,
  open,
  title,
  compact = false,
  action,
}: {
  id: string;
  open: boolean;
  title: string;
  compact?: boolean;
  action: FormAction;
}) {
  const t = useTranslations("menu");
  return (
    <ActionForm
      action={action}
      showSuccess={!compact}
      submitLabel={open ? t("openItem") : t("closeItem")}
      submitVariant={open ? "secondary" : "danger"}
      confirm={open ? undefined : t("closeConfirm", { title })}
      className="space-y-2"
    >
      <HiddenField name="id" value={id} />
      <HiddenField name="open" value={String(open)} />
    </ActionForm>
  );
}

export function CopyLastYearForm({ year, count, action }: { year: number; count: number; action: FormAction }) {
  const t = useTranslations("menu");
  return (
    <ActionForm
      action={action}
      submitLabel={t("copyLastYear", { count, from: year - 1 })}
      submitVariant="secondary"
      confirm={t("copyConfirm", { count, from: year - 1, to: year })}
      className="space-y-2"
    >
      <HiddenField name="year" value={String(year)} />
    </ActionForm>
  );
}

export function ApproveProposalForm({
  id,
  categories,
  defaultCategoryId,
  action,
}: {
  id: string;
  categories: CategoryOption[];
  defaultCategoryId?: string;
  action: FormAction;
}) {
  const t = useTranslations("menu");
  return (
    <ActionForm action={action} submitLabel={t("approve")} className="space-y-3">
      <HiddenField name="id" value={id} />
      <SelectField
        name="categoryId"
        label={t("approveCategory")}
        hint={t("approveCategoryHint")}
        options={categories}
        defaultValue={defaultCategoryId}
      />
    </ActionForm>
  );
}

export function DeclineProposalForm({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("menu");
  return (
    <ActionForm action={action} submitLabel={t("decline")} submitVariant="danger" className="space-y-3">
      <HiddenField name="id" value={id} />
      <TextAreaField name="reason" label={t("declineReason")} hint={t("declineReasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
