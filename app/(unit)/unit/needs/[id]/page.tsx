import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NeedUnitStatusBadge } from "@/components/needs/need-status-badge";
import { AssignUnitMembersForm, ReportUnitNeedDoneForm } from "@/components/needs/unit-task-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getUnitNeed } from "@/lib/needs/get-unit-need";
import { orNotFound } from "@/lib/or-not-found";
import { assignUnitMembersAction, reportUnitNeedDoneAction } from "../actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requirePermission("unit.needs");
  const t = await getTranslations("needUnits");
  const data = await orNotFound(getUnitNeed({ actor, input: { id: (await params).id } }));
  const content = [...data.need.content];
  return { title: t("metaDetail", { content: content.length > 16 ? `${content.slice(0, 16).join("")}…` : data.need.content }) };
}

/** One task of the unit's list: what is needed (contact masked), who is on it, assign and report done. */
export default async function UnitNeedPage({ params }: { params: Params }) {
  const actor = await requirePermission("unit.needs");
  const { need, members } = await orNotFound(getUnitNeed({ actor, input: { id: (await params).id } }));
  const [t, format] = await Promise.all([getTranslations("needUnits"), getFormatter()]);
  const active = need.claims.filter((c) => c.status !== "RETURNED");
  const canAssign = need.status === "DISPATCHED" || need.status === "CLAIMED";
  const canReport = need.status === "CLAIMED" && need.claims.some((c) => c.status === "ACTIVE");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={need.taskMonth ? `/unit/needs?month=${need.taskMonth}` : "/unit/needs"} className="text-red-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("detailTitle")} description={`${t(`kind.${need.kind}`)} · ${need.category.nameZh}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={need.content}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-gray-600">{t("colStatus")}</dt>
            <dd>
              <NeedUnitStatusBadge status={need.status} />
            </dd>
            <dt className="text-gray-600">{t("community")}</dt>
            <dd>{need.community.name}</dd>
            {need.building ? (
              <>
                <dt className="text-gray-600">{t("building")}</dt>
                <dd>{need.building.name}</dd>
              </>
            ) : null}
            {need.wantedWhen ? (
              <>
                <dt className="text-gray-600">{t("wantedWhen")}</dt>
                <dd>{need.wantedWhen}</dd>
              </>
            ) : null}
            {need.taskMonth ? (
              <>
                <dt className="text-gray-600">{t("taskMonth")}</dt>
                <dd>{need.taskMonth}</dd>
              </>
            ) : null}
            <dt className="text-gray-600">{t("resident")}</dt>
            <dd className="tabular-nums">
              {[need.residentName, need.residentPhone, need.room].filter(Boolean).join(" · ") || "—"}
            </dd>
          </dl>
          <p className="mt-3 text-xs text-gray-600">{t("residentMasked")}</p>
          {need.unitReportedAt ? (
            <p className="mt-3 text-sm">
              {t("reportedAt", { date: format.dateTime(need.unitReportedAt, { dateStyle: "medium" }) })}
            </p>
          ) : null}
          {need.rating ? <p className="mt-1 text-sm">{t("rating", { rating: need.rating })}</p> : null}
        </Card>
        <Card title={t("assignedTitle")}>
          {need.claims.length ? (
            <ul className="divide-y divide-gray-100 text-sm">
              {need.claims.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    {c.member.name}
                    <span className="ml-2 text-xs text-gray-600">
                      {t("memberCommunity", { community: c.member.community.name })}
                    </span>
                  </span>
                  <StatusBadge tone={c.status === "DONE" ? "green" : c.status === "ACTIVE" ? "blue" : "gray"}>
                    {t(`claimStatus.${c.status}`)}
                  </StatusBadge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-gray-600">{t("assignedNone")}</p>
          )}
        </Card>
        {canAssign ? (
          <Card title={t("assignTitle")}>
            <AssignUnitMembersForm action={assignUnitMembersAction} needId={need.id} members={members} />
          </Card>
        ) : null}
        {canReport && active.length ? (
          <Card title={t("reportTitle")}>
            <ReportUnitNeedDoneForm action={reportUnitNeedDoneAction} needId={need.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
