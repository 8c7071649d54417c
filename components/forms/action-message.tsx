"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/types";
import { Notice } from "../ui/notice";

/**
 * What the last submit of a form answered: a green box on success, the error box (with links to
 * the fields in error, when the form's labels are known) on failure, nothing before the first submit.
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
  if (state.ok) {
    const content = success ?? (showSuccess && state.message ? t(state.message, values) : null);
    return content ? (
      <Notice tone="success" role="status" size={size}>
        {content}
      </Notice>
    ) : null;
  }
  if (!state.message) return null;
  const fieldErrors = fields ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <Notice tone="error" role="alert" size={size === "lg" ? "md" : size} errorSummary>
      <p className="font-semibold">{t(state.message)}</p>
      {fieldErrors.length && fields ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fieldErrors.map(([name, key]) => (
            <li key={name}>
              <a className="underline" href={`#${fields.idPrefix}${name}`}>
                {fields.labels.get(name) ? `${fields.labels.get(name)}：` : ""}
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
