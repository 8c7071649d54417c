"use client";

import { useTranslations } from "next-intl";
import { archiveOrgAction, createOrgAction, moveOrgAction, renameOrgAction, restoreOrgAction } from "@/app/(admin)/admin/actions";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextField } from "../forms/fields";

type Kind = "STREET" | "COMMUNITY" | "GRID" | "BUILDING" | "WORK_UNIT";

export function AddChildForm({ parentId, childKind }: { parentId: string; childKind: Kind }) {
  const t = useTranslations("orgs");
  const kind = t(`kinds.${childKind}`);
  return (
    <ActionForm action={createOrgAction} submitLabel={t("addChild", { kind })} className="space-y-4">
      <HiddenField name="parentId" value={parentId} />
      <TextField name="name" label={t("childName", { kind })} hint={t(`nameHints.${childKind}`)} maxLength={60} />
    </ActionForm>
  );
}

export function RenameForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={renameOrgAction} submitLabel={t("rename")} submitVariant="secondary" className="space-y-4">
      <HiddenField name="id" value={id} />
      <TextField name="name" label={t("name")} defaultValue={name} maxLength={60} />
    </ActionForm>
  );
}

export function MoveForm({
  id,
  currentParentId,
  targets,
}: {
  id: string;
  currentParentId?: string;
  targets: { value: string; label: string }[];
}) {
  const t = useTranslations("orgs");
  return (
    <ActionForm action={moveOrgAction} submitLabel={t("move")} submitVariant="secondary" className="space-y-4">
      <HiddenField name="id" value={id} />
      <SelectField name="parentId" label={t("moveTo")} hint={t("moveHint")} options={targets} defaultValue={currentParentId} />
    </ActionForm>
  );
}

export function ArchiveForm({ id, archived, name }: { id: string; archived: boolean; name: string }) {
  const t = useTranslations("orgs");
  return archived ? (
    <ActionForm action={restoreOrgAction} submitLabel={t("restore")} submitVariant="secondary" className="space-y-3">
      <HiddenField name="id" value={id} />
    </ActionForm>
  ) : (
    <ActionForm
      action={archiveOrgAction}
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
