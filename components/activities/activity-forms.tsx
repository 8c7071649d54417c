"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";
import { MemberPicker, type MemberSearch } from "./member-picker";

export function PublishForm({ id, action }: { id: string; action: FormAction }) {
  const t = useTranslations("activities");
  return (
    <ActionForm action={action} submitLabel={t("publish")} className="space-y-2">
      <p className="text-sm text-gray-600">{t("publishHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}

export function CancelActivityForm({ id, title, action }: { id: string; title: string; action: FormAction }) {
  const t = useTranslations("activities");
  return (
    <ActionForm
      action={action}
      submitLabel={t("cancelActivity")}
      submitVariant="danger"
      confirm={t("cancelConfirm", { title })}
      className="space-y-3"
    >
      <HiddenField name="id" value={id} />
      <TextAreaField name="reason" label={t("cancelReason")} hint={t("cancelReasonHint")} rows={2} maxLength={200} />
    </ActionForm>
  );
}

export function SignUpOnBehalfForm({
  activityId,
  search,
  action,
}: {
  activityId: string;
  search: MemberSearch;
  action: FormAction;
}) {
  const t = useTranslations("activities");
  return (
    <ActionForm action={action} submitLabel={t("signUpOnBehalf")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="activityId" value={activityId} />
      <MemberPicker
        name="memberId"
        label={t("member")}
        hint={t("onBehalfHint")}
        activityId={activityId}
        purpose="signUp"
        search={search}
      />
    </ActionForm>
  );
}

export function CancelSignupButton({
  activityId,
  memberId,
  name,
  action,
}: {
  activityId: string;
  memberId: string;
  name: string;
  action: FormAction;
}) {
  const t = useTranslations("activities");
  return (
    <ActionForm
      action={action}
      submitLabel={t("cancelSignup")}
      submitVariant="ghost"
      confirm={t("cancelSignupConfirm", { name })}
      className="inline-flex"
      showSuccess={false}
    >
      <HiddenField name="activityId" value={activityId} />
      <HiddenField name="memberId" value={memberId} />
    </ActionForm>
  );
}

export type AttendanceRow = { memberId: string; name: string; checkedIn: boolean; locked: boolean; status: string | null };

/** Ticked members are confirmed as present; signed-up members left unticked are marked as no-shows. */
export function AttendanceForm({
  activityId,
  rows,
  hours,
  action,
}: {
  activityId: string;
  rows: AttendanceRow[];
  hours: number;
  action: FormAction;
}) {
  const t = useTranslations("attendance");
  const open = rows.filter((r) => !r.locked);
  return (
    <ActionForm
      action={action}
      submitLabel={t("confirm", { count: open.length })}
      confirm={t("confirmWarning")}
      className="space-y-4"
    >
      <HiddenField name="activityId" value={activityId} />
      <fieldset>
        <legend className="font-medium">{t("whoCame")}</legend>
        <p className="text-sm text-gray-600">{t("whoCameHint")}</p>
        <ul className="mt-2 divide-y divide-gray-100">
          {rows.map((r) => (
            <li key={r.memberId} className="flex min-h-11 items-center gap-3">
              {r.locked ? (
                <span className="text-sm text-gray-700">
                  {r.name} · {t(`statuses.${r.status}`)}
                </span>
              ) : (
                <label className="flex items-center gap-3">
                  <input type="hidden" name="signedUp" value={r.memberId} />
                  <input
                    type="checkbox"
                    name="attended"
                    value={r.memberId}
                    defaultChecked={r.checkedIn}
                    className="h-5 w-5 accent-red-700"
                  />
                  <span>{r.name}</span>
                  {r.checkedIn ? <span className="text-xs text-green-800">{t("scanned")}</span> : null}
                </label>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField name="hours" label={t("hours")} hint={t("hoursHint")} type="number" defaultValue={String(hours)} />
    </ActionForm>
  );
}

export function WalkInForm({ activityId, search, action }: { activityId: string; search: MemberSearch; action: FormAction }) {
  const t = useTranslations("attendance");
  return (
    <ActionForm action={action} submitLabel={t("addWalkIn")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="activityId" value={activityId} />
      <MemberPicker
        name="memberId"
        label={t("walkInMember")}
        hint={t("walkInHint")}
        activityId={activityId}
        purpose="walkIn"
        search={search}
      />
    </ActionForm>
  );
}
