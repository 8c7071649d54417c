"use client";

import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, useId, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState, FormAction } from "@/lib/actions/types";
import { buttonClass, type ButtonVariant } from "../ui/button";
import { ActionMessage } from "./action-message";
import { useReportAnswer } from "./answer-region";

type FormContextValue = { state: ActionState; labels: Map<string, string>; idPrefix: string };
const FormContext = createContext<FormContextValue>({ state: { ok: false }, labels: new Map(), idPrefix: "f-" });

/** Ids are unique per form, so several forms on one page never share a label target. */
export function useFormField(name: string, label: string) {
  const { state, labels, idPrefix } = useContext(FormContext);
  labels.set(name, label);
  const value = state.values?.[name];
  return { error: state.fieldErrors?.[name], value, id: `${idPrefix}${name}` };
}

/**
 * A form bound to a server action: GOV.UK-style error summary on top, errors next to fields,
 * and the submitted values kept (React 19 resets uncontrolled fields after an action).
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  submitVariant = "primary",
  className = "space-y-5",
  showSuccess = true,
  confirm,
  validate,
  id,
}: {
  id?: string;
  action: FormAction;
  /** checks in the browser before sending (a file too large to upload): field name → message key */
  validate?: (form: HTMLFormElement) => Record<string, string> | null;
  children?: ReactNode;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  className?: string;
  showSuccess?: boolean;
  confirm?: string;
}) {
  const report = useReportAnswer();
  // inside an AnswerRegion, a success is shown (and focused) by the region, which outlives this form
  const [serverState, formAction] = useActionState<ActionState, FormData>(
    report
      ? async (previous, formData) => {
          const answer = await action(previous, formData);
          if (answer.ok) report(answer);
          return answer;
        }
      : action,
    { ok: false },
  );
  // a browser-side check that stopped the last submit: shown exactly like the server's answer
  const [blocked, setBlocked] = useState<ActionState | null>(null);
  const state = blocked ?? serverState;
  const [labels] = useState(() => new Map<string, string>());
  const idPrefix = `${useId().replace(/:/g, "")}-`;
  return (
    <FormContext.Provider value={{ state, labels, idPrefix }}>
      <form
        id={id}
        action={formAction}
        noValidate
        className={className}
        onSubmit={(event) => {
          const problems = validate?.(event.currentTarget);
          if (problems && Object.keys(problems).length) {
            event.preventDefault();
            setBlocked({ ok: false, message: "errors.checkForm", fieldErrors: problems });
            return;
          }
          setBlocked(null);
          if (confirm && !window.confirm(confirm)) event.preventDefault();
        }}
      >
        <ActionMessage state={state} showSuccess={showSuccess && !report} fields={{ labels, idPrefix }} />
        {children}
        <SubmitButton label={submitLabel} variant={submitVariant} />
      </form>
    </FormContext.Provider>
  );
}

export function SubmitButton({ label, variant = "primary" }: { label: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      aria-busy={pending}
      onClick={(event) => {
        // not `disabled`: a disabled button drops focus to <body>; a second press just does nothing
        if (pending) event.preventDefault();
      }}
      className={buttonClass(variant)}
    >
      {pending ? t("working") : label}
    </button>
  );
}
