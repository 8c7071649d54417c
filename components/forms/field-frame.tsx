import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The look of every text input, select and textarea (a red border when the field is in error). */
export const inputClass =
  "block w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 sm:text-sm";

/** The ids a field's `aria-describedby` names: its hint and its error, when shown. */
export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** What every framed control carries: its id, its error state, what describes it, the input look. */
export function controlProps(id: string, hint?: string, error?: string) {
  return { id, "aria-invalid": !!error, "aria-describedby": describedBy(id, hint, error), className: inputClass };
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="mt-0.5 text-sm text-gray-600">
      {hint}
    </p>
  ) : null;
}

/** A field's error (an i18n key) next to the field. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations();
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {t(error)}
    </p>
  ) : null;
}

/** Label, hint and error around one control: the frame every form field shares. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** Legend, hint and error around a group of choices (checkboxes, radios): focusable for the error summary. */
export function FieldsetFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
      className={error ? "border-l-4 border-red-700 pl-3" : ""}
    >
      <legend className="font-medium text-gray-900">{label}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
  );
}
