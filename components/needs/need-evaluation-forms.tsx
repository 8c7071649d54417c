"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceField, HiddenField, TextAreaField } from "@/components/forms/fields";
import type { FormAction } from "@/lib/actions/types";

/**
 * On the tracking page once the claimants report it done: confirm and rate (1–5, comment), or say
 * it is not done yet. The token travels as a hidden field; the server trusts nothing else.
 */
export function NeedEvaluationForms({
  token,
  confirmAction,
  reopenAction,
}: {
  token: string;
  confirmAction: FormAction;
  reopenAction: FormAction;
}) {
  const t = useTranslations("needsPublic.evaluate");
  return (
    <div className="space-y-6">
      <section className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("confirmTitle")}</h2>
        <p className="mt-1 mb-4 text-gray-700">{t("confirmIntro")}</p>
        <ActionForm action={confirmAction} submitLabel={t("confirmSubmit")} showSuccess={false}>
          <HiddenField name="token" value={token} />
          <ChoiceField
            name="rating"
            label={t("rating")}
            options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t(`stars.${n}`) }))}
          />
          <TextAreaField name="comment" label={t("comment")} hint={t("commentHint")} maxLength={500} />
        </ActionForm>
      </section>
      <section className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("reopenTitle")}</h2>
        <p className="mt-1 mb-4 text-gray-700">{t("reopenIntro")}</p>
        <ActionForm action={reopenAction} submitLabel={t("reopenSubmit")} submitVariant="secondary" showSuccess={false}>
          <HiddenField name="token" value={token} />
          <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} maxLength={300} />
        </ActionForm>
      </section>
    </div>
  );
}
