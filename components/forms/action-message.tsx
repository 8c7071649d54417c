"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/types";
import { Notice } from "../ui/notice";

/**
 * Moves focus to the answer of a submit: each new state object (one per submit) that shows a box
 * focuses it and scrolls it into view (clear of the fixed bars, see `scroll-padding` in
 * globals.css). The first render never takes focus: a page that opens with a message stays quiet.
 */
export function useFocusOnAnswer<T>(state: T, shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useRef(state);
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    if (!shown || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: "start" });
  }, [state, shown]);
  return ref;
}

/** The error entries in the order of the form's fields (labels are registered as fields render). */
export function inFieldOrder(fieldErrors: Record<string, string>, labels: Map<string, string>) {
  const order = [...labels.keys()];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(fieldErrors).sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * What the last submit of a form answered: a green box on success, the error box (with links to
 * the fields in error, when the form's labels are known) on failure, nothing before the first submit.
 * After each submit the box takes focus (see `useFocusOnAnswer`).
 */
export function ActionMessage({
  state,
  values,
  showSuccess = true,
  success,
  size = "md",
  fields,
}: {
  state: ActionState<unknown>;
  /** parameters of the message (a waitlist place) */
  values?: Record<string, string | number>;
  showSuccess?: boolean;
  /** shown on success instead of the message (a summary of what was done) */
  success?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** the form's field labels and id prefix: the error box then lists each field with a link to it */
  fields?: { labels: Map<string, string>; idPrefix: string };
}) {
  const t = useTranslations();
  const content = state.ok ? (success ?? (showSuccess && state.message ? t(state.message, values) : null)) : null;
  const ref = useFocusOnAnswer(state, state.ok ? !!content : !!state.message);
  if (state.ok) {
    return content ? (
      <Notice ref={ref} tone="success" role="status" size={size} focusable>
        {content}
      </Notice>
    ) : null;
  }
  if (!state.message) return null;
  const fieldErrors = fields ? inFieldOrder(state.fieldErrors ?? {}, fields.labels) : [];
  return (
    <Notice ref={ref} tone="error" role="alert" size={size === "lg" ? "md" : size} errorSummary>
      <p className="font-semibold">{t(state.message)}</p>
      {fieldErrors.length && fields ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fieldErrors.map(([name, key]) => (
            <li key={name}>
              <a className="underline" href={`#${fields.idPrefix}${name}`}>
                {fields.labels.get(name) ? t("common.fieldError", { label: fields.labels.get(name)!, error: t(key) }) : t(key)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
