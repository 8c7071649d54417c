"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, ChoiceField, HiddenField, TextField } from "@/components/forms/fields";
import { PhoneCodeField } from "@/components/forms/phone-code-field";
import type { FormAction } from "@/lib/actions/types";
import { EmploymentFields, ResidenceFields, ServiceProfileFields, type GridOption } from "@/components/members/member-fields";
import { registerAction } from "./actions";

export function RegisterForm({
  communityId,
  grids,
  unitNames,
  sendCode,
}: {
  communityId: string;
  grids: GridOption[];
  unitNames: string[];
  sendCode: FormAction;
}) {
  const t = useTranslations("register");
  return (
    <ActionForm action={registerAction} submitLabel={t("submit")} showSuccess={false} className="space-y-8">
      <HiddenField name="communityId" value={communityId} />
      <Section title={t("sectionPerson")}>
        <TextField name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" maxLength={20} />
        <ChoiceField
          name="gender"
          label={t("gender")}
          options={[
            { value: "MALE", label: t("male") },
            { value: "FEMALE", label: t("female") },
          ]}
          columns={2}
        />
        <TextField
          name="phone"
          label={t("phone")}
          hint={t("phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={11}
        />
        <PhoneCodeField sendCode={sendCode} purpose="REGISTER" />
        <TextField name="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" />
      </Section>
      <Section title={t("sectionResidence")}>
        <ResidenceFields grids={grids} />
      </Section>
      <Section title={t("sectionWork")}>
        <EmploymentFields unitNames={unitNames} />
      </Section>
      <Section title={t("sectionService")}>
        <ServiceProfileFields />
      </Section>
      <Section title={t("sectionConsent")}>
        <p className="text-sm text-gray-700">{t("consentText")}</p>
        <CheckboxField name="consent" label={t("consent")} />
      </Section>
    </ActionForm>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
