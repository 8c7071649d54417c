"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

type Kind = "STREET" | "COMMUNITY" | "GRID" | "BUILDING" | "WORK_UNIT";

export function AddChildForm({ parentId, childKind, action }: { parentId: string; childKind: Kind; action: FormAction }) {
  const t = useTranslations("orgs");
  const kind = t(`kinds.${childKind}`);
  return (
    <ActionForm action={action} submitLabel={t("addChild", { kind })} className="space-y-4">
      <HiddenField name="parentId" value={parentId} />
      <TextField name="name" label={t("childName", { kind })} hint={t(`nameHints.${childKind}`)} maxLength={60} />
    </ActionForm>
  );
}

export function RenameForm({ id, name, action }: { id: string; name: string; action: FormAction }) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={action} submitLabel={t("rename")} submitVariant="secondary" className="space-y-4">
      <HiddenField name="id" value={id} />
      <TextField name="name" label={t("name")} defaultValue={name} maxLength={60} />
    </ActionForm>
  );
}

export function MoveForm({
  id,
  currentParentId,
  targets,
  action,
}: {
  id: string;
  currentParentId?: string;
  targets: { value: string; label: string }[];
  action: FormAction;
}) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={action} submitLabel={t("move")} submitVariant="secondary" className="space-y-4">
      <HiddenField name="id" value={id} />
      <SelectField name="parentId" label={t("moveTo")} hint={t("moveHint")} options={targets} defaultValue={currentParentId} />
    </ActionForm>
  );
}

export function ArchiveForm({
  id,
  archived,
  name,
  archive,
  restore,
}: {
  id: string;
  archived: boolean;
  name: string;
  archive: FormAction;
  restore: FormAction;
}) {
  const t = useTranslations("orgs");
  return archived ? (
    <ActionForm action={restore} submitLabel={t("restore")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="id" value={id} />
    </ActionForm>
  ) : (
    <ActionForm
      action={archive}
      submitLabel={t("archive")}
      submitVariant="danger"
      confirm={t("archiveConfirm", { name })}
      className="space-y-3"
    >
      <p className="text-sm text-gray-600">{t("archiveHint")}</p>
      <HiddenField name="id" value={id} />
    </ActionForm>
  );
}
