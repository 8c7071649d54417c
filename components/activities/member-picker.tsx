"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/execute";
import { useFormField } from "../forms/action-form";
import { FieldError, FieldHint, inputClass } from "../forms/field-frame";

export type MemberChoice = { id: string; name: string; building: string | null; room: string | null };
type SearchResult = { members: MemberChoice[]; more: boolean };
export type MemberSearch = (state: ActionState, formData: FormData) => Promise<ActionState<SearchResult>>;

const label = (m: MemberChoice) => [m.name, m.building, m.room].filter(Boolean).join(" · ");

/**
 * Finds a member by name, phone number or building as the secretary types (a roster of any size),
 * and offers the matches as radio buttons named `name`: keyboard-reachable, and posted with the form.
 */
export function MemberPicker({
  name,
  label: fieldLabel,
  hint,
  activityId,
  purpose,
  search,
}: {
  name: string;
  label: string;
  hint: string;
  activityId: string;
  purpose: "signUp" | "walkIn";
  search: MemberSearch;
}) {
  const t = useTranslations("activities");
  const { error, id } = useFormField(name, fieldLabel);
  const queryId = useId();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<SearchResult | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const call = ++latest.current;
    const timer = setTimeout(async () => {
      const data = new FormData();
      data.set("q", q);
      data.set("activityId", activityId);
      data.set("purpose", purpose);
      try {
        const state = await search({ ok: false }, data);
        if (call !== latest.current) return;
        setFailed(!state.ok);
        setResult(state.ok ? (state.data ?? null) : null);
      } catch {
        if (call === latest.current) setFailed(true);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [query, activityId, purpose, search]);

  const shown = query.trim() ? result : null;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? "border-l-4 border-red-700 pl-3" : ""}
      aria-describedby={`${queryId}-hint`}
    >
      <legend className="font-medium text-gray-900">{fieldLabel}</legend>
      <FieldHint id={queryId} hint={hint} />
      <FieldError id={id} error={error} />
      <label htmlFor={queryId} className="mt-2 block text-sm font-medium text-gray-800">
        {t("pickerSearch")}
      </label>
      <input
        id={queryId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        autoComplete="off"
        maxLength={40}
        placeholder={t("pickerPlaceholder")}
        className={`mt-1 min-h-11 ${inputClass}`}
      />
      <div role="status" aria-live="polite" className="mt-2 text-sm text-gray-600">
        {failed
          ? t("pickerFailed")
          : shown
            ? shown.members.length
              ? shown.more
                ? t("pickerMore")
                : null
              : t("pickerNone")
            : null}
      </div>
      {shown?.members.length ? (
        <ul className="mt-1 max-h-72 space-y-1 overflow-y-auto">
          {shown.members.map((m) => (
            <li key={m.id}>
              <label className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-gray-50">
                <input type="radio" name={name} value={m.id} className="h-5 w-5 accent-red-700" />
                <span>{label(m)}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
