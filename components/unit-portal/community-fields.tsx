"use client";

import { useTranslations } from "next-intl";
import { useFormField } from "../forms/action-form";
import { controlProps, FieldFrame, FieldsetFrame } from "../forms/field-frame";

export type CommunityGroup = { streetId: string; streetName: string; communities: { id: string; name: string }[] };
type ReportStatus = "PENDING" | "ACCEPTED" | "DECLINED";

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select key={current} name={name} defaultValue={current} {...controlProps(id, hint, error)}>
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
    </FieldFrame>
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
  return (
    <FieldsetFrame id={id} label={label} hint={hint} error={error}>
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
    </FieldsetFrame>
  );
}
