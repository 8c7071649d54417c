"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "../forms/action-form";
import { TextField } from "../forms/fields";
import { CommunitySelect, type CommunityGroup } from "./community-fields";
import { OfferFields, type OfferDefaults } from "./offer-fields";
import type { FormAction } from "@/lib/actions/types";

/**
 * The unit admin reports to one more community (or resubmits a declined report). The unit is
 * never part of the form: the server takes it from the active role.
 */
export function SubmitReportForm({
  groups,
  reported,
  defaults,
  action,
}: {
  groups: CommunityGroup[];
  reported: Record<string, "PENDING" | "ACCEPTED" | "DECLINED">;
  defaults: OfferDefaults & { communityId?: string; contactName?: string | null; contactPhone?: string | null };
  action: FormAction;
}) {
  const t = useTranslations("unitReports");
  return (
    <ActionForm action={action} submitLabel={t("submit")} className="space-y-6">
      <CommunitySelect
        name="communityId"
        label={t("community")}
        hint={t("communityHint")}
        groups={groups}
        reported={reported}
        defaultValue={defaults.communityId}
      />
      <OfferFields defaults={defaults} />
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-gray-900">{t("contactLegend")}</legend>
        <TextField
          name="contactName"
          label={t("contactName")}
          defaultValue={defaults.contactName}
          maxLength={40}
          autoComplete="name"
        />
        <TextField
          name="contactPhone"
          label={t("contactPhone")}
          hint={t("contactPhoneHint")}
          type="tel"
          inputMode="tel"
          defaultValue={defaults.contactPhone}
          maxLength={20}
          autoComplete="tel"
        />
      </fieldset>
    </ActionForm>
  );
}
