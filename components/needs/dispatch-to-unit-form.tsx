"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { HiddenField, SelectField, TextField } from "../forms/fields";
import type { FormAction } from "@/lib/actions/types";

/**
 * The secretary's "dispatch to a co-building unit" form for one need (triage page). The units come
 * from lib/needs/list-dispatch-units.ts (verified units with an accepted report to the community);
 * the server checks again. On the page (a server component):
 *
 *   the action is dispatchNeedToUnitAction, passed down by the need page (community/needs/unit-dispatch-actions.ts)
 *   const units = await listDispatchUnits({ actor });
 *   {canMove(need.status, "dispatch") ? <DispatchToUnitForm action={dispatchNeedToUnitAction} needId={need.id}
 *     units={units} defaultMonth={parseTaskMonth(undefined)} /> : null}
 *
 * and "needUnits" in the page's ClientMessages namespaces.
 */
export function DispatchToUnitForm({
  action,
  needId,
  units,
  defaultMonth,
}: {
  action: FormAction;
  needId: string;
  units: { id: string; name: string; offers: string }[];
  /** "YYYY-MM", usually the current Beijing month */
  defaultMonth: string;
}) {
  const t = useTranslations("needUnits");
  if (!units.length) return <p className="text-sm text-gray-600">{t("noUnits")}</p>;
  return (
    <ActionForm action={action} submitLabel={t("dispatch")} className="space-y-4">
      <HiddenField name="needId" value={needId} />
      <p className="text-sm text-gray-700">{t("dispatchHint")}</p>
      <SelectField
        name="unitId"
        label={t("unitLabel")}
        placeholder={t("unitPlaceholder")}
        options={units.map((u) => ({
          value: u.id,
          label: u.offers ? t("unitOption", { name: u.name, offers: u.offers }) : u.name,
        }))}
      />
      <TextField
        name="taskMonth"
        label={t("taskMonthLabel")}
        defaultValue={defaultMonth}
        type="text"
        inputMode="numeric"
        maxLength={7}
        hint="YYYY-MM"
      />
    </ActionForm>
  );
}
