import { useFormatter, useTranslations } from "next-intl";
import { Card } from "../ui/card";
import { StatusBadge } from "../ui/status-badge";
import { ReportStatusBadge } from "./report-status-badge";
import type { getUnitApplication } from "@/lib/unit-portal/get-unit-application";

type Application = Awaited<ReturnType<typeof getUnitApplication>>;

/** What a unit admin sees until the street has verified the unit: their own registration only. */
export function UnitApplication({ application }: { application: Application }) {
  const t = useTranslations("trust.application");
  const ts = useTranslations("trust.unitState");
  const format = useFormatter();
  const { unit, state, communities } = application;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <Card title={unit.name} actions={<StatusBadge tone={state === "REJECTED" ? "red" : "amber"}>{ts(state)}</StatusBadge>}>
        {state === "REJECTED" ? (
          <div role="status" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
            <p>{t("rejected", { reason: unit.rejectReason ?? "" })}</p>
            <p className="mt-1 text-sm">{t("rejectedHelp")}</p>
          </div>
        ) : (
          <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {t("waiting")}
          </p>
        )}
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-gray-600">{t("partyBranch")}</dt>
          <dd>{unit.partyBranchName ?? t("none")}</dd>
          <dt className="text-gray-600">{t("creditCode")}</dt>
          <dd className="tabular">{unit.creditCode ?? t("none")}</dd>
          <dt className="text-gray-600">{t("address")}</dt>
          <dd>{unit.address ?? t("none")}</dd>
          <dt className="text-gray-600">{t("contact")}</dt>
          <dd>{[unit.contactName, unit.contactPhone].filter(Boolean).join(" · ") || t("none")}</dd>
          <dt className="text-gray-600">{t("street")}</dt>
          <dd>{unit.street ?? t("none")}</dd>
          <dt className="text-gray-600">{t("registeredOn")}</dt>
          <dd>{format.dateTime(unit.createdAt, { dateStyle: "long" })}</dd>
        </dl>
      </Card>
      <Card title={t("communities")}>
        {communities.length ? (
          <ul className="space-y-2">
            {communities.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                {c.name} <ReportStatusBadge status={c.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("none")}</p>
        )}
      </Card>
    </div>
  );
}
