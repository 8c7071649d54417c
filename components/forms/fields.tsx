"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormField } from "./action-form";

const inputClass =
  "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 sm:text-sm";

function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <label htmlFor={id} className="block font-medium text-gray-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {t(error)}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  required,
  maxLength,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | null;
  type?: "text" | "tel" | "password" | "email" | "number" | "date" | "datetime-local";
  autoComplete?: string;
  inputMode?: "text" | "tel" | "numeric";
  required?: boolean;
  maxLength?: number;
}) {
  const { error, value, id } = useFormField(name, label);
  const current = typeof value === "string" ? value : (defaultValue ?? "");
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        // remount when the server echoes a value, so the field shows what was submitted
        key={current}
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : current}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error)}
        maxLength={maxLength}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  options,
  defaultValue,
  placeholder,
}: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  placeholder?: string;
}) {
  const { error, value, id } = useFormField(name, label);
  const current = typeof value === "string" ? value : (defaultValue ?? "");
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        key={current}
        id={id}
        name={name}
        defaultValue={current}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  const { error, value, id } = useFormField(name, label);
  const checked = value !== undefined ? value === "on" : !!defaultChecked;
  const t = useTranslations();
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      {error ? <p className="mb-1 text-sm font-medium text-red-700">{t(error)}</p> : null}
      <label htmlFor={id} className="flex min-h-11 items-start gap-3">
        <input
          key={String(checked)}
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 h-5 w-5 accent-red-700"
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <span>
          <span className="font-medium text-gray-900">{label}</span>
          {hint ? (
            <span id={`${id}-hint`} className="block text-sm text-gray-600">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
    </div>
  );
}

/** A value the server needs but the user does not edit (the row being changed). */
export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
