"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { ChoiceField, HiddenField, TextAreaField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/** The unit admin names the members who will do a task (its members wherever they live). */
export function AssignUnitMembersForm({
  action,
  needId,
  members,
}: {
  action: FormAction;
  needId: string;
  members: { id: string; name: string; community: string; hasAccount: boolean }[];
}) {
  const t = useTranslations("needUnits");
  if (!members.length) return <p className="text-sm text-gray-600">{t("noMembers")}</p>;
  return (
    <ActionForm action={action} submitLabel={t("assign")}>
      <HiddenField name="needId" value={needId} />
      <ChoiceField
        name="memberIds"
        label={t("membersLabel")}
        hint={t("assignHint")}
        multiple
        columns={2}
        options={members.map((m) => ({
          value: m.id,
          label: m.hasAccount
            ? t("memberOption", { name: m.name, community: m.community })
            : t("noAccount", { name: m.name, community: m.community }),
        }))}
      />
    </ActionForm>
  );
}

/** The unit admin reports the task done; the resident or the secretary then confirms it. */
export function ReportUnitNeedDoneForm({ action, needId }: { action: FormAction; needId: string }) {
  const t = useTranslations("needUnits");
  return (
    <ActionForm action={action} submitLabel={t("report")}>
      <HiddenField name="needId" value={needId} />
      <p className="text-sm text-gray-700">{t("reportHint")}</p>
      <TextAreaField name="note" label={t("noteLabel")} maxLength={500} rows={3} />
    </ActionForm>
  );
}
