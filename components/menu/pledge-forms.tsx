"use client";

import { useTranslations } from "next-intl";
import { AVAILABILITY } from "@/lib/roster/member-options";
import { ActionForm } from "../forms/action-form";
import { ChoiceField, HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Submit buttons on the member's phone pages span the screen. */
const mobileForm = "space-y-5 [&_button[type=submit]]:w-full";

/** Pledge an item, or change the remark of a pledge: what exactly, and when they can take part. */
export function PledgeForm({
  itemId,
  pledged,
  defaults,
  action,
}: {
  itemId: string;
  pledged: boolean;
  defaults: { remark?: string; availability: string[] };
  action: FormAction;
}) {
  const t = useTranslations("menu");
  return (
    <ActionForm action={action} submitLabel={pledged ? t("savePledge") : t("confirmPledge")} className={mobileForm}>
      <HiddenField name="itemId" value={itemId} />
      <TextAreaField
        name="remark"
        label={t("remark")}
        hint={t("remarkHint")}
        defaultValue={defaults.remark}
        maxLength={200}
        rows={3}
      />
      <ChoiceField
        name="availability"
        label={t("availabilityLabel")}
        hint={t("availabilityHint")}
        multiple
        options={AVAILABILITY.map((a) => ({ value: a, label: t(`availability.${a}`) }))}
        defaultValue={defaults.availability}
      />
    </ActionForm>
  );
}

export function WithdrawPledgeForm({ itemId, title, action }: { itemId: string; title: string; action: FormAction }) {
  const t = useTranslations("menu");
  return (
    <ActionForm
      action={action}
      submitLabel={t("withdraw")}
      submitVariant="danger"
      confirm={t("withdrawConfirm", { title })}
      className={mobileForm}
    >
      <HiddenField name="itemId" value={itemId} />
    </ActionForm>
  );
}

/** A member's own service item (自主服务) for the community to review. */
export function ProposeItemForm({
  categories,
  defaultCategoryId,
  action,
}: {
  categories: { value: string; label: string }[];
  defaultCategoryId?: string;
  action: FormAction;
}) {
  const t = useTranslations("menu");
  return (
    <ActionForm action={action} submitLabel={t("submitProposal")} className={mobileForm}>
      <TextField name="title" label={t("fields.title")} hint={t("proposeTitleHint")} maxLength={60} />
      <TextAreaField
        name="description"
        label={t("fields.description")}
        hint={t("proposeDescriptionHint")}
        maxLength={500}
        rows={4}
      />
      <SelectField name="categoryId" label={t("fields.category")} options={categories} defaultValue={defaultCategoryId} />
      <TextField name="typicalTime" label={t("fields.typicalTime")} hint={t("fields.typicalTimeHint")} maxLength={40} />
    </ActionForm>
  );
}
