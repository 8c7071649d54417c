"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField, TextField } from "../forms/fields";
import { ResidenceFields, type GridOption } from "../members/member-fields";
import type { FormAction } from "@/lib/actions/types";

/** The member's transfer request: the new community is chosen on the page; here its building and room. */
export function RequestTransferForm({
  action,
  toCommunityId,
  grids,
}: {
  action: FormAction;
  toCommunityId: string;
  grids: GridOption[];
}) {
  const t = useTranslations("transfers.member");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <HiddenField name="toCommunityId" value={toCommunityId} />
      <ResidenceFields grids={grids} />
      <TextAreaField name="note" label={t("note")} maxLength={200} />
    </ActionForm>
  );
}

export function CancelTransferForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("transfers.member");
  return (
    <ActionForm action={action} submitLabel={t("cancel")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

/** The secretary's decision on one request: accept, or send back with a reason. */
export function DecideTransferForms({
  accept,
  decline,
  id,
  name,
}: {
  accept: FormAction;
  decline: FormAction;
  id: string;
  name: string;
}) {
  const t = useTranslations("transfers");
  return (
    <div className="space-y-3">
      <ActionForm action={accept} submitLabel={t("accept")} className="space-y-2" showSuccess={false}>
        <HiddenField name="id" value={id} />
        <HiddenField name="decision" value="accept" />
        <span className="sr-only">{name}</span>
      </ActionForm>
      <ActionForm action={decline} submitLabel={t("decline")} submitVariant="danger" className="space-y-2">
        <HiddenField name="id" value={id} />
        <HiddenField name="decision" value="decline" />
        <TextField name="reason" label={t("reason")} maxLength={200} />
      </ActionForm>
    </div>
  );
}
