"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Target = { id: string; name: string; kind: string };

export function GrantRoleForm({ targets, action }: { targets: Target[]; action: FormAction }) {
  const t = useTranslations();
  const roles = ["SECRETARY", "MEMBER", "UNIT_ADMIN", "ADMIN"] as const;
  return (
    <ActionForm action={action} submitLabel={t("users.grant")}>
      <TextField name="phone" label={t("users.phone")} hint={t("users.phoneHint")} type="tel" inputMode="tel" maxLength={11} />
      <SelectField
        name="role"
        label={t("users.role")}
        hint={t("users.roleHint")}
        placeholder={t("common.choose")}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField
        name="organizationId"
        label={t("users.organization")}
        placeholder={t("common.choose")}
        options={targets.map((o) => ({ value: o.id, label: `${t(`orgs.kinds.${o.kind}`)} · ${o.name}` }))}
      />
      <fieldset className="space-y-4 rounded-md border border-gray-200 p-4">
        <legend className="px-1 text-sm font-medium text-gray-800">{t("users.newAccount")}</legend>
        <TextField name="name" label={t("users.name")} hint={t("users.nameHint")} maxLength={40} />
        <TextField
          name="password"
          label={t("users.initialPassword")}
          hint={t("users.initialPasswordHint")}
          type="password"
          autoComplete="new-password"
        />
      </fieldset>
    </ActionForm>
  );
}

export function RevokeButton({ grantId, label, action }: { grantId: string; label: string; action: FormAction }) {
  const t = useTranslations("users");
  return (
    <ActionForm
      action={action}
      submitLabel={t("revoke")}
      submitVariant="ghost"
      confirm={t("revokeConfirm", { label })}
      className="inline-flex items-center gap-2"
      showSuccess={false}
    >
      <HiddenField name="grantId" value={grantId} />
    </ActionForm>
  );
}
