"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "../forms/action-form";
import { useFocusOnAnswer } from "../forms/action-message";
import { HiddenField, TextAreaField } from "../forms/fields";
import { buttonClass } from "../ui/button";
import type { FormAction } from "@/lib/actions/types";

export const BULK_FORM_ID = "bulk-approve";

/**
 * The checkboxes on each card belong to this form through their `form` attribute. Two answers:
 * approve the ticked entries, or clear them as spam — or every entry the search matches, which
 * may be thousands over many pages.
 */
export function BulkDecisionForm({ action, q, total }: { action: FormAction; q?: string; total: number }) {
  const t = useTranslations("verification");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const answer = useFocusOnAnswer(state, !!state.message) as unknown as React.RefObject<HTMLParagraphElement>;
  return (
    <form
      id={BULK_FORM_ID}
      action={formAction}
      className="flex flex-wrap items-center gap-3"
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value === "spam" && !window.confirm(t("spamConfirm"))) event.preventDefault();
      }}
    >
      {q ? <input type="hidden" name="q" value={q} /> : null}
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="allMatching" className="h-5 w-5 accent-red-700" />
        {t(q ? "allMatchingSearch" : "allMatching", { count: total })}
      </label>
      <button
        type="submit"
        name="decision"
        value="approve"
        aria-disabled={pending || undefined}
        onClick={(event) => pending && event.preventDefault()}
        className={buttonClass("primary")}
      >
        {t("approveSelected")}
      </button>
      <button
        type="submit"
        name="decision"
        value="spam"
        aria-disabled={pending || undefined}
        onClick={(event) => pending && event.preventDefault()}
        className={buttonClass("danger")}
      >
        {t("rejectAsSpam")}
      </button>
      {state.message ? (
        <p
          ref={answer}
          tabIndex={-1}
          role={state.ok ? "status" : "alert"}
          className={`w-full text-sm ${state.ok ? "text-green-800" : "font-medium text-red-700"}`}
        >
          {tr(state.message, { count: (state.data as { count?: number } | undefined)?.count ?? 0 })}
          {state.fieldErrors?.memberIds ? ` ${tr(state.fieldErrors.memberIds)}` : ""}
        </p>
      ) : null}
    </form>
  );
}

export function ChangeRequestForms({ requestId, action }: { requestId: string; action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <div className="flex flex-wrap gap-3">
      <ActionForm action={action} submitLabel={t("applyChanges")}>
        <HiddenField name="id" value={requestId} />
        <HiddenField name="decision" value="apply" />
      </ActionForm>
      <ActionForm action={action} submitLabel={t("dismissChanges")} submitVariant="secondary">
        <HiddenField name="id" value={requestId} />
        <HiddenField name="decision" value="dismiss" />
      </ActionForm>
    </div>
  );
}

export function SelectForBulk({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("verification");
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" name="memberIds" value={memberId} form={BULK_FORM_ID} className="h-5 w-5 accent-red-700" />
      {t("select", { name })}
    </label>
  );
}

export function ApproveOneForm({ memberId, action }: { memberId: string; action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={action} submitLabel={t("approve")} className="space-y-2">
      <HiddenField name="memberIds" value={memberId} />
    </ActionForm>
  );
}

export function RejectForm({ memberId, action }: { memberId: string; action: FormAction }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={action} submitLabel={t("reject")} submitVariant="danger" className="space-y-2">
      <HiddenField name="id" value={memberId} />
      <TextAreaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}
