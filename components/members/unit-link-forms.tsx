"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

export const LINKS_FORM_ID = "confirm-unit-links";

/** The row checkboxes belong to this form through their `form` attribute. */
export function ConfirmSelectedLinksForm({ action }: { action: FormAction }) {
  const t = useTranslations("trust.links");
  return <ActionForm id={LINKS_FORM_ID} action={action} submitLabel={t("confirmSelected")} className="flex items-center gap-3" />;
}

/** Every suggestion the current search shows (a community may hold 2,000 after a big import). */
export function ConfirmAllLinksForm({ action, query, count }: { action: FormAction; query?: string; count: number }) {
  const t = useTranslations("trust.links");
  return (
    <ActionForm
      action={action}
      submitLabel={t("confirmAll", { count })}
      submitVariant="secondary"
      confirm={t("confirmAllConfirm", { count })}
      className="flex items-center gap-3"
    >
      <HiddenField name="all" value="on" />
      {query ? <HiddenField name="q" value={query} /> : null}
    </ActionForm>
  );
}

export function SelectLink({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("trust.links");
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input type="checkbox" name="memberIds" value={memberId} form={LINKS_FORM_ID} className="h-5 w-5 accent-red-700" />
      <span className="sr-only">{t("select", { name })}</span>
    </label>
  );
}

export function DismissLinkForm({ action, memberId }: { action: FormAction; memberId: string }) {
  const t = useTranslations("trust.links");
  return (
    <ActionForm action={action} submitLabel={t("dismiss")} submitVariant="secondary" showSuccess={false} className="">
      <HiddenField name="memberIds" value={memberId} />
    </ActionForm>
  );
}
