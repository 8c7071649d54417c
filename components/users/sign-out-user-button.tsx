"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Ends every session of one person (a lost phone, a leaked password). */
export function SignOutUserButton({ userId, name, action }: { userId: string; name: string; action: FormAction }) {
  const t = useTranslations("users");
  return (
    <ActionForm
      action={action}
      submitLabel={t("signOutEverywhere")}
      submitVariant="ghost"
      confirm={t("signOutEverywhereConfirm", { name })}
      className="inline-flex items-center gap-2"
    >
      <HiddenField name="userId" value={userId} />
    </ActionForm>
  );
}
