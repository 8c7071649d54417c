"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/types";
import { ActionForm } from "./action-form";
import { TextField } from "./fields";
import { PhoneCodeField } from "./phone-code-field";

/** 忘记密码: phone → SMS code → new password, on one form. */
export function ResetPasswordForm({ action, sendCode }: { action: FormAction; sendCode: FormAction }) {
  const t = useTranslations("passwordReset");
  return (
    <ActionForm action={action} submitLabel={t("submit")} showSuccess={false}>
      <TextField name="phone" label={t("phone")} type="tel" inputMode="tel" autoComplete="username" maxLength={11} />
      <PhoneCodeField sendCode={sendCode} purpose="RESET" />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        type="password"
        autoComplete="new-password"
      />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
