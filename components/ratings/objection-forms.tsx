"use client";

import { useTranslations } from "next-intl";
import { ANSWER_MAX, REASON_MAX } from "@/lib/ratings/limits";
import { ActionForm } from "../forms/action-form";
import { ChoiceField, HiddenField, TextAreaField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** Submit buttons on the member's phone pages span the screen. */
const mobileForm = "space-y-5 [&_button[type=submit]]:w-full";

/** A member's objection during the public notice period (公示). */
export function FileObjectionForm({
  roundId,
  hasOwnRating,
  action,
}: {
  roundId: string;
  hasOwnRating: boolean;
  action: FormAction;
}) {
  const t = useTranslations("ratings");
  const options = [
    ...(hasOwnRating ? [{ value: "MINE", label: t("about.MINE") }] : []),
    { value: "OTHER", label: t("about.OTHER") },
  ];
  return (
    <ActionForm action={action} submitLabel={t("fileObjection")} className={mobileForm}>
      <HiddenField name="roundId" value={roundId} />
      <ChoiceField name="about" label={t("aboutLabel")} options={options} defaultValue={hasOwnRating ? "MINE" : "OTHER"} />
      <TextAreaField
        name="reason"
        label={t("reasonLabel")}
        hint={t("reasonHint", { max: REASON_MAX })}
        maxLength={REASON_MAX}
        rows={4}
      />
    </ActionForm>
  );
}

/** The secretary's answer to one objection. */
export function AnswerObjectionForm({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("ratings");
  return (
    <ActionForm action={action} submitLabel={t("sendAnswer")} className="space-y-3">
      <HiddenField name="id" value={id} />
      <TextAreaField name="answer" label={t("answerLabel")} hint={t("answerHint")} maxLength={ANSWER_MAX} rows={3} />
    </ActionForm>
  );
}
