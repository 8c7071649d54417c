"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormField } from "../forms/action-form";
import { ChoiceField, SelectField, TextAreaField, TextField } from "../forms/fields";
import { SERVICE_CATEGORY_CODES, SKILL_SUGGESTIONS } from "@/lib/members/suggestions";
import { controlProps, FieldFrame } from "../forms/field-frame";

export type GridOption = { id: string; name: string; buildings: { id: string; name: string }[] };

/** Grid, then the buildings of that grid, then the room. */
export function ResidenceFields({
  grids,
  defaults,
}: {
  grids: GridOption[];
  defaults?: { gridId?: string | null; buildingId?: string | null; room?: string | null };
}) {
  const t = useTranslations("register");
  const echoed = useFormField("gridId", t("grid")).value;
  const [gridId, setGridId] = useState(typeof echoed === "string" ? echoed : (defaults?.gridId ?? ""));
  const grid = grids.find((g) => g.id === gridId);
  return (
    <>
      <GridSelect grids={grids} value={gridId} onChange={setGridId} />
      <SelectField
        key={gridId}
        name="buildingId"
        label={t("building")}
        hint={grid ? undefined : t("chooseGridFirst")}
        placeholder={t("choose")}
        options={(grid?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }))}
        defaultValue={defaults?.gridId === gridId ? (defaults?.buildingId ?? undefined) : undefined}
      />
      <TextField name="room" label={t("room")} hint={t("roomHint")} defaultValue={defaults?.room} maxLength={20} />
    </>
  );
}

function GridSelect({ grids, value, onChange }: { grids: GridOption[]; value: string; onChange: (id: string) => void }) {
  const t = useTranslations("register");
  const { error, id } = useFormField("gridId", t("grid"));
  return (
    <FieldFrame id={id} label={t("grid")} error={error}>
      <select name="gridId" value={value} onChange={(e) => onChange(e.target.value)} {...controlProps(id, undefined, error)}>
        <option value="">{t("choose")}</option>
        {grids.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function EmploymentFields({
  unitNames,
  defaults,
}: {
  unitNames: string[];
  defaults?: { kind?: string; employerName?: string | null; employerBranch?: string | null; position?: string | null };
}) {
  const t = useTranslations("register");
  return (
    <>
      <ChoiceField
        name="kind"
        label={t("kind")}
        options={(["IN_SERVICE", "RESIDENT", "RETIRED"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        defaultValue={defaults?.kind ?? "IN_SERVICE"}
        columns={3}
      />
      <TextField
        name="employerName"
        label={t("employer")}
        hint={t("employerHint")}
        list="registered-units"
        defaultValue={defaults?.employerName}
        maxLength={80}
      />
      <datalist id="registered-units">
        {unitNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField
        name="employerBranch"
        label={t("employerBranch")}
        hint={t("employerBranchHint")}
        defaultValue={defaults?.employerBranch}
        maxLength={80}
      />
      <TextField name="position" label={t("position")} defaultValue={defaults?.position} maxLength={40} />
    </>
  );
}

export function ServiceProfileFields({
  defaults,
}: {
  defaults?: { skills?: string[]; interests?: string[]; availability?: string[]; willingness?: string | null };
}) {
  const t = useTranslations("register");
  const tc = useTranslations("categories");
  const skills = defaults?.skills ?? [];
  const otherSkills = skills.filter((s) => !SKILL_SUGGESTIONS.includes(s));
  return (
    <>
      <ChoiceField
        name="skills"
        label={t("skills")}
        hint={t("skillsHint")}
        multiple
        columns={3}
        // stored as the Chinese word (user data); shown in the page's language
        options={SKILL_SUGGESTIONS.map((s, i) => ({ value: s, label: t(`skillOptions.${i}`) }))}
        defaultValue={skills.filter((s) => SKILL_SUGGESTIONS.includes(s))}
      />
      <TextField
        name="skillsOther"
        label={t("otherSkills")}
        hint={t("otherSkillsHint")}
        defaultValue={otherSkills.join("、")}
        maxLength={120}
      />
      <ChoiceField
        name="interests"
        label={t("interests")}
        hint={t("interestsHint")}
        multiple
        columns={2}
        options={SERVICE_CATEGORY_CODES.filter((c) => c !== "SELF_PROPOSED").map((c) => ({ value: c, label: tc(c) }))}
        defaultValue={defaults?.interests}
      />
      <ChoiceField
        name="availability"
        label={t("availability")}
        hint={t("availabilityHint")}
        multiple
        options={(["WEEKDAY_DAY", "WEEKDAY_EVENING", "WEEKEND"] as const).map((a) => ({
          value: a,
          label: t(`availabilityOptions.${a}`),
        }))}
        defaultValue={defaults?.availability}
      />
      <TextAreaField
        name="willingness"
        label={t("willingness")}
        hint={t("willingnessHint")}
        defaultValue={defaults?.willingness}
        maxLength={200}
      />
    </>
  );
}
