"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ActionForm } from "../forms/action-form";
import { buttonClass } from "../ui/button";
import type { FormAction } from "@/lib/actions/types";

export type ReReportPanelView = {
  status: "confirmed" | "due" | "overdue" | "upcoming";
  lastDay: string;
  confirmedOn: string | null;
  residence: string;
  employer: string | null;
  availability: string[];
};

/** The member's one-tap re-report on their home: what the entry says, "all correct" or "edit". */
export function ReReportPanel({ view, action }: { view: ReReportPanelView; action: FormAction }) {
  const t = useTranslations("reReport.member");
  const tr = useTranslations("register");
  if (view.status === "confirmed") {
    return <p className="text-green-800">{t("confirmed", { at: view.confirmedOn ?? "" })}</p>;
  }
  return (
    <div className="space-y-3">
      <p>{t(view.status === "overdue" ? "overdue" : "due", { last: view.lastDay })}</p>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2">
        <dt className="text-gray-600">{t("residence")}</dt>
        <dd>{view.residence || t("unknown")}</dd>
        <dt className="text-gray-600">{t("employer")}</dt>
        <dd>{view.employer ?? t("unknown")}</dd>
        <dt className="text-gray-600">{t("availability")}</dt>
        <dd>{view.availability.map((a) => tr(`availabilityOptions.${a}`)).join("、") || t("unknown")}</dd>
      </dl>
      <ActionForm action={action} submitLabel={t("confirm")} className="space-y-3" />
      <Link href="/me/profile" className={buttonClass("secondary", "w-full")}>
        {t("edit")}
      </Link>
    </div>
  );
}
