"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/fields";
import { signInAction } from "./actions";

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  return (
    <ActionForm action={signInAction} submitLabel={t("signIn")} showSuccess={false}>
      <HiddenField name="returnTo" value={returnTo} />
      <TextField
        name="phone"
        label={t("phone")}
        hint={t("phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="username"
        maxLength={11}
      />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
    </ActionForm>
  );
}
