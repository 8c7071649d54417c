"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { CheckboxField, ChoiceField, HiddenField, TextField } from "../forms/fields";
import { EmploymentFields, ResidenceFields, type GridOption } from "./member-fields";
import type { FormAction } from "@/lib/actions/types";

export type EditableMember = {
  id: string;
  name: string;
  gender: string | null;
  phone: string;
  gridId: string | null;
  buildingId: string | null;
  room: string | null;
  kind: string;
  employerName: string | null;
  employerBranch: string | null;
  position: string | null;
  skills: string[];
  badgeNumber: string | null;
  isCenterHousehold: boolean;
  isCouncilMember: boolean;
  isBuildingLeader: boolean;
};

export function MemberEditForm({
  member,
  grids,
  unitNames,
  action,
}: {
  member: EditableMember;
  grids: GridOption[];
  unitNames: string[];
  action: FormAction;
}) {
  const t = useTranslations("register");
  const tf = useTranslations("memberFile");
  return (
    <ActionForm action={action} submitLabel={tf("save")}>
      <HiddenField name="id" value={member.id} />
      <TextField name="name" label={t("name")} defaultValue={member.name} maxLength={20} />
      <ChoiceField
        name="gender"
        label={t("gender")}
        options={[
          { value: "MALE", label: t("male") },
          { value: "FEMALE", label: t("female") },
        ]}
        defaultValue={member.gender}
        columns={2}
      />
      <TextField name="phone" label={t("phone")} type="tel" inputMode="tel" defaultValue={member.phone} maxLength={11} />
      <ResidenceFields grids={grids} defaults={member} />
      <EmploymentFields unitNames={unitNames} defaults={member} />
      <TextField
        name="skillsOther"
        label={t("skills")}
        hint={t("otherSkillsHint")}
        defaultValue={member.skills.join("、")}
        maxLength={200}
      />
      <TextField name="badgeNumber" label={tf("badgeNumber")} defaultValue={member.badgeNumber} maxLength={20} />
      <fieldset className="space-y-1">
        <legend className="font-medium">{tf("flags")}</legend>
        <CheckboxField
          name="isCenterHousehold"
          label={tf("centerHousehold")}
          hint={tf("centerHouseholdHint")}
          defaultChecked={member.isCenterHousehold}
        />
        <CheckboxField
          name="isCouncilMember"
          label={tf("council")}
          hint={tf("councilHint")}
          defaultChecked={member.isCouncilMember}
        />
        <CheckboxField name="isBuildingLeader" label={tf("buildingLeader")} defaultChecked={member.isBuildingLeader} />
      </fieldset>
    </ActionForm>
  );
}

export function MoveOutForm({
  id,
  name,
  movedOut,
  moveBack,
  moveOut,
}: {
  id: string;
  name: string;
  movedOut: boolean;
  moveBack: FormAction;
  moveOut: FormAction;
}) {
  const t = useTranslations("memberFile");
  return movedOut ? (
    <ActionForm action={moveBack} submitLabel={t("moveBack")} submitVariant="secondary">
      <HiddenField name="id" value={id} />
    </ActionForm>
  ) : (
    <ActionForm action={moveOut} submitLabel={t("moveOut")} submitVariant="danger" confirm={t("moveOutConfirm", { name })}>
      <p className="text-sm text-gray-600">{t("moveOutHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}
