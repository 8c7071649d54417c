"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Options = {
  categories: { id: string; nameZh: string; nameEn: string }[];
  items: { id: string; title: string; year: number; categoryId: string }[];
  /** the volunteer teams in the actor's scope; a team leader must choose one (teamRequired) */
  teams?: { id: string; name: string }[];
  teamRequired?: boolean;
};

export type ActivityDefaults = {
  id: string;
  title: string;
  description: string | null;
  place: string;
  categoryId: string;
  itemId: string | null;
  teamId?: string | null;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  capacity: number;
  points: number;
  hours: number;
};

export function ActivityForm({
  options,
  activity,
  create,
  update,
  hidden,
  defaults,
  submitLabel,
}: {
  options: Options;
  activity?: ActivityDefaults;
  create: FormAction;
  update: FormAction;
  /** fields the server needs beside the form's (the consultation an activity comes from) */
  hidden?: Record<string, string>;
  /** starting values of a new activity (a team preselected, the consultation's title) */
  defaults?: { title?: string; teamId?: string };
  submitLabel?: string;
}) {
  const t = useTranslations("activities");
  const locale = useLocale();
  const categoryName = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  const categories = new Map(options.categories.map((c) => [c.id, categoryName(c)]));
  return (
    <ActionForm
      action={activity ? update : create}
      submitLabel={submitLabel ?? (activity ? t("save") : t("createDraft"))}
      className="space-y-6"
    >
      {activity ? <HiddenField name="id" value={activity.id} /> : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
      <TextField
        name="title"
        label={t("titleLabel")}
        hint={t("titleHint")}
        defaultValue={activity?.title ?? defaults?.title}
        maxLength={60}
      />
      {options.teams?.length ? (
        <SelectField
          name="teamId"
          label={t("team")}
          hint={options.teamRequired ? undefined : t("teamHint")}
          placeholder={options.teamRequired ? undefined : t("noTeam")}
          options={options.teams.map((team) => ({ value: team.id, label: team.name }))}
          defaultValue={activity?.teamId ?? defaults?.teamId}
        />
      ) : null}
      <SelectField
        name="categoryId"
        label={t("category")}
        placeholder={t("choose")}
        options={options.categories.map((c) => ({ value: c.id, label: categoryName(c) }))}
        defaultValue={activity?.categoryId}
      />
      <SelectField
        name="itemId"
        label={t("item")}
        hint={t("itemHint")}
        placeholder={t("noItem")}
        options={options.items.map((i) => ({
          value: i.id,
          label: `${i.year} · ${categories.get(i.categoryId) ?? ""} · ${i.title}`,
        }))}
        defaultValue={activity?.itemId ?? undefined}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        defaultValue={activity?.description}
        maxLength={2000}
        rows={4}
      />
      <TextField name="place" label={t("place")} defaultValue={activity?.place} maxLength={100} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="startsAt" label={t("startsAt")} type="datetime-local" defaultValue={activity?.startsAt} />
        <TextField name="endsAt" label={t("endsAt")} type="datetime-local" defaultValue={activity?.endsAt} />
        <TextField
          name="signupDeadline"
          label={t("signupDeadline")}
          hint={t("deadlineHint")}
          type="datetime-local"
          defaultValue={activity?.signupDeadline}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          type="number"
          inputMode="numeric"
          defaultValue={activity ? String(activity.capacity) : "20"}
        />
        <TextField
          name="points"
          label={t("points")}
          hint={t("pointsHint")}
          type="number"
          inputMode="numeric"
          defaultValue={activity ? String(activity.points) : "5"}
        />
        <TextField
          name="hours"
          label={t("hours")}
          hint={t("hoursHint")}
          type="number"
          defaultValue={activity ? String(activity.hours) : "2"}
        />
      </div>
    </ActionForm>
  );
}
