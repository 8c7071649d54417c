"use client";

import { useTranslations } from "next-intl";
import { useFormField } from "../forms/action-form";

export type CommunityGroup = { streetId: string; streetName: string; communities: { id: string; name: string }[] };
type ReportStatus = "PENDING" | "ACCEPTED" | "DECLINED";

const inputClass =
  "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 sm:text-sm";

function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations();
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
      {t(error)}
    </p>
  ) : null;
}

/**
 * One community, chosen from a list grouped by street. Communities the unit already reported to
 * say so; pending and accepted ones cannot be chosen again (the server refuses them too).
 */
export function CommunitySelect({
  name,
  label,
  hint,
  groups,
  reported,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  groups: CommunityGroup[];
  reported: Record<string, ReportStatus>;
  defaultValue?: string;
}) {
  const t = useTranslations("unitReports");
  const { error, value, id } = useFormField(name, label);
  const current = typeof value === "string" ? value : (defaultValue ?? "");
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
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
      <FieldError id={id} error={error} />
      <div className="mt-1">
        <select
          key={current}
          id={id}
          name={name}
          defaultValue={current}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          className={inputClass}
        >
          <option value="">{t("chooseCommunityPlaceholder")}</option>
          {groups.map((group) => (
            <optgroup key={group.streetId} label={group.streetName}>
              {group.communities.map((c) => {
                const status = reported[c.id];
                return (
                  <option key={c.id} value={c.id} disabled={status === "PENDING" || status === "ACCEPTED"}>
                    {status ? t(`optionStatus.${status}`, { name: c.name }) : c.name}
                  </option>
                );
              })}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Several communities as checkboxes, one fieldset per street (the registration form). */
export function CommunityCheckboxes({
  name,
  label,
  hint,
  groups,
}: {
  name: string;
  label: string;
  hint?: string;
  groups: CommunityGroup[];
}) {
  const { error, value, id } = useFormField(name, label);
  const chosen = new Set(value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <legend className="font-medium text-gray-900">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <div className="mt-2 space-y-4">
        {groups.map((group) => (
          <fieldset key={group.streetId}>
            <legend className="text-sm font-semibold text-gray-700">{group.streetName}</legend>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {group.communities.map((c) => (
                <label key={c.id} className="flex min-h-11 items-center gap-3">
                  <input
                    key={`${c.id}-${chosen.has(c.id)}`}
                    type="checkbox"
                    name={name}
                    value={c.id}
                    defaultChecked={chosen.has(c.id)}
                    className="h-5 w-5 accent-red-700"
                  />
                  <span>{c.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
