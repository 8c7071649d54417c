"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, TextField } from "../forms/fields";
import { EmploymentFields, ResidenceFields, ServiceProfileFields, type GridOption } from "./member-fields";
import type { FormAction } from "@/lib/actions/types";

type Entry = {
  id: string;
  gridId: string | null;
  buildingId: string | null;
  room: string | null;
  kind: string;
  employerName: string | null;
  employerBranch: string | null;
  position: string | null;
  skills: string[];
  interests: string[];
  availability: string[];
  willingness: string | null;
};

export function OwnProfileForm({
  entry,
  grids,
  unitNames,
  action,
}: {
  entry: Entry;
  grids: GridOption[];
  unitNames: string[];
  action: FormAction;
}) {
  const t = useTranslations("profile");
  const tr = useTranslations("register");
  return (
    <ActionForm action={action} submitLabel={t("save")} className="space-y-8">
      <HiddenField name="memberId" value={entry.id} />
      <section className="space-y-5">
        <h3 className="font-semibold">{tr("sectionResidence")}</h3>
        <p className="text-sm text-amber-800">{t("reverifyHint")}</p>
        <ResidenceFields grids={grids} defaults={entry} />
      </section>
      <section className="space-y-5">
        <h3 className="font-semibold">{tr("sectionWork")}</h3>
        <EmploymentFields unitNames={unitNames} defaults={entry} />
      </section>
      <section className="space-y-5">
        <h3 className="font-semibold">{tr("sectionService")}</h3>
        <ServiceProfileFields defaults={entry} />
      </section>
    </ActionForm>
  );
}

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("profile");
  return (
    <ActionForm action={action} submitLabel={t("changePassword")} submitVariant="secondary">
      <TextField name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        type="password"
        autoComplete="new-password"
      />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" />
    </ActionForm>
  );
}

/** Ends every session of the person, this one included (a lost phone, a shared computer). */
export function SignOutEverywhereForm({ action }: { action: FormAction }) {
  const t = useTranslations("profile");
  return (
    <ActionForm
      action={action}
      submitLabel={t("signOutEverywhere")}
      submitVariant="secondary"
      confirm={t("signOutEverywhereConfirm")}
    >
      <p className="text-sm text-gray-600">{t("sessionsHint")}</p>
    </ActionForm>
  );
}
