"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionForm, useFormField } from "@/components/forms/action-form";
import { describedBy, FieldFrame } from "@/components/forms/field-frame";
import { CheckboxField, ChoiceField, HiddenField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionState, FormAction } from "@/lib/actions/types";
import { NEED_KINDS } from "@/lib/needs/need-form-schema";

/** Per photo, and all together (the server action takes at most 8 MB in one post). */
const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const PHOTOS_MAX_TOTAL = 7.5 * 1024 * 1024;

export type NeedFormOptionsProps = {
  communityId: string;
  buildings: { id: string; name: string; grid: string | null }[];
  categories: { id: string; nameZh: string; nameEn: string }[];
  buildingId: string | null;
};

/** A post larger than the server takes never reaches the action (413): shown next to the photos. */
function withUploadErrors(action: FormAction): FormAction {
  return async (state: ActionState, formData: FormData) => {
    try {
      return await action(state, formData);
    } catch (error) {
      if (error instanceof Error && /redirect/i.test(error.message)) throw error;
      return { ok: false, message: "errors.checkForm", fieldErrors: { photos: "needsPublic.photo.bodyTooLarge" } };
    }
  };
}

function photoProblem(form: HTMLFormElement): Record<string, string> | null {
  const input = form.elements.namedItem("photos") as HTMLInputElement | null;
  const files = [...(input?.files ?? [])];
  if (files.length > 3) return { photos: "needsPublic.photo.tooMany" };
  if (files.some((f) => f.size > PHOTO_MAX_BYTES)) return { photos: "needsPublic.photo.tooLarge" };
  if (files.reduce((sum, f) => sum + f.size, 0) > PHOTOS_MAX_TOTAL) return { photos: "needsPublic.photo.bodyTooLarge" };
  return null;
}

/**
 * The need form, the same for a resident on the public page and for a secretary or building group
 * leader recording one on a resident's behalf (上门收集); only the consent wording and the button differ.
 */
export function NeedForm({
  action,
  options,
  onBehalf = false,
}: {
  action: FormAction;
  options: NeedFormOptionsProps;
  onBehalf?: boolean;
}) {
  const t = useTranslations("needsPublic");
  const locale = useLocale();
  return (
    <ActionForm
      action={withUploadErrors(action)}
      submitLabel={onBehalf ? t("form.submitOnBehalf") : t("form.submit")}
      showSuccess={false}
      validate={photoProblem}
      className="space-y-6"
    >
      <HiddenField name="communityId" value={options.communityId} />
      <Section title={t("form.sectionWhat")}>
        <ChoiceField
          name="kind"
          label={t("form.kind")}
          hint={t("form.kindHint")}
          options={NEED_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <SelectField
          name="categoryId"
          label={t("form.category")}
          placeholder={t("form.choose")}
          options={options.categories.map((c) => ({ value: c.id, label: locale === "en" ? c.nameEn : c.nameZh }))}
        />
        <TextAreaField name="content" label={t("form.content")} hint={t("form.contentHint")} maxLength={500} rows={4} />
        <TextField name="wantedWhen" label={t("form.wantedWhen")} hint={t("form.wantedWhenHint")} maxLength={60} />
        <PhotoField label={t("form.photos")} hint={t("form.photosHint")} />
      </Section>
      <Section title={t("form.sectionWhere")}>
        <SelectField
          name="buildingId"
          label={t("form.building")}
          hint={t("form.buildingHint")}
          placeholder={t("form.noBuilding")}
          defaultValue={options.buildingId ?? ""}
          options={options.buildings.map((b) => ({ value: b.id, label: b.grid ? `${b.grid} · ${b.name}` : b.name }))}
        />
        <TextField name="room" label={t("form.room")} hint={t("form.roomHint")} maxLength={20} />
      </Section>
      <Section title={t("form.sectionContact")}>
        <TextField name="residentName" label={t("form.name")} hint={t("form.nameHint")} autoComplete="name" maxLength={20} />
        <TextField
          name="residentPhone"
          label={t("form.phone")}
          hint={t("form.phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={11}
        />
      </Section>
      <Section title={t("consent.title")}>
        <p className="text-sm text-gray-700">{t("consent.text")}</p>
        <CheckboxField name="consent" label={onBehalf ? t("consent.agreeOnBehalf") : t("consent.agree")} />
      </Section>
    </ActionForm>
  );
}

function PhotoField({ label, hint }: { label: string; hint: string }) {
  const { error, id } = useFormField("photos", label);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name="photos"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={!!error}
        aria-describedby={describedBy(id, hint, error)}
        className="block w-full rounded-md border border-gray-400 bg-white text-base text-gray-900 file:mr-4 file:min-h-11 file:border-0 file:border-r file:border-gray-300 file:bg-gray-100 file:px-4 file:py-2 file:font-medium file:text-gray-800 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
    </FieldFrame>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
