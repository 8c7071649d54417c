"use client";

import { useFormField } from "./action-form";
import { controlProps, describedBy, FieldError, FieldFrame, FieldsetFrame } from "./field-frame";

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
  list,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | null;
  type?: "text" | "tel" | "password" | "email" | "number" | "date" | "datetime-local";
  list?: string;
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
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : current}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={required || undefined}
        maxLength={maxLength}
        list={list}
        {...controlProps(id, hint, error)}
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
      <select key={current} name={name} defaultValue={current} {...controlProps(id, hint, error)}>
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

export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  const { error, value, id } = useFormField(name, label);
  const checked = value !== undefined ? value === "on" : !!defaultChecked;
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <FieldError id={id} error={error} />
      <label htmlFor={id} className="flex min-h-11 items-start gap-3">
        <input
          key={String(checked)}
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 h-5 w-5 accent-red-700"
          aria-invalid={!!error}
          aria-describedby={describedBy(id, hint, error)}
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

export function TextAreaField({
  name,
  label,
  hint,
  defaultValue,
  maxLength,
  rows = 3,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | null;
  maxLength?: number;
  rows?: number;
}) {
  const { error, value, id } = useFormField(name, label);
  const current = typeof value === "string" ? value : (defaultValue ?? "");
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        key={current}
        name={name}
        rows={rows}
        defaultValue={current}
        maxLength={maxLength}
        {...controlProps(id, hint, error)}
      />
    </FieldFrame>
  );
}

/** Radio buttons or checkboxes in a fieldset with a legend (one question, several answers). */
export function ChoiceField({
  name,
  label,
  hint,
  options,
  defaultValue,
  multiple = false,
  columns = 1,
}: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValue?: string | string[] | null;
  multiple?: boolean;
  columns?: 1 | 2 | 3;
}) {
  const { error, value, id } = useFormField(name, label);
  const submitted = value === undefined ? undefined : Array.isArray(value) ? value : [value];
  const chosen = new Set(submitted ?? (Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []));
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <FieldsetFrame id={id} label={label} hint={hint} error={error}>
      <div className={`mt-2 grid gap-x-4 ${grid}`}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3">
            <input
              key={`${option.value}-${chosen.has(option.value)}`}
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              defaultChecked={chosen.has(option.value)}
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : undefined}
              className="h-5 w-5 accent-red-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldsetFrame>
  );
}
