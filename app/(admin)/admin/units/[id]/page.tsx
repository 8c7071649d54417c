import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RejectUnitForm, VerifyUnitForm } from "@/components/orgs/unit-verification-forms";
import { ArchiveForm } from "@/components/orgs/org-forms";
import { WorkUnitForm } from "@/components/orgs/work-unit-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getWorkUnit } from "@/lib/orgs/get-work-unit";
import { orNotFound } from "@/lib/or-not-found";
import {
  archiveOrgAction,
  createWorkUnitAction,
  rejectWorkUnitAction,
  restoreOrgAction,
  updateWorkUnitAction,
  verifyWorkUnitAction,
} from "@/app/(admin)/admin/actions";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "pageTitles.unitDetail" });
}

export default async function WorkUnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePermission("units.manage");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [t, tv, format] = await Promise.all([getTranslations("units"), getTranslations("trust.verification"), getFormatter()]);
  const unit = await orNotFound(getWorkUnit({ actor, input: { id } }));
  const archived = !!unit.archivedAt;
  return (
    <>
      <Link href="/admin/units" className="text-sm underline">
        {t("backToList")}
      </Link>
      <PageHeader
        title={unit.name}
        actions={archived ? <StatusBadge tone="gray">{t("archivedBadge")}</StatusBadge> : undefined}
      />
      {created ? (
        <Notice tone="success" className="mb-4" role="status">
          {t("created")}
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <WorkUnitForm create={createWorkUnitAction} update={updateWorkUnitAction} unit={unit} />
        </Card>
        <div className="space-y-6">
          <Card title={tv("title")}>
            {unit.verifiedAt ? (
              <p>{tv("verifiedOn", { date: format.dateTime(unit.verifiedAt, { dateStyle: "long" }) })}</p>
            ) : (
              <div className="space-y-4">
                {unit.rejectedAt ? (
                  <p className="text-red-800">
                    {tv("rejectedOn", {
                      date: format.dateTime(unit.rejectedAt, { dateStyle: "long" }),
                      reason: unit.rejectReason ?? "",
                    })}
                  </p>
                ) : (
                  <p className="text-amber-900">{tv("waitingExplain")}</p>
                )}
                {archived ? null : (
                  <>
                    <VerifyUnitForm action={verifyWorkUnitAction} id={unit.id} name={unit.name} />
                    {unit.rejectedAt ? null : <RejectUnitForm action={rejectWorkUnitAction} id={unit.id} />}
                  </>
                )}
              </div>
            )}
          </Card>
          <Card title={archived ? t("restoreTitle") : t("archiveTitle")}>
            <ArchiveForm
              archive={archiveOrgAction}
              restore={restoreOrgAction}
              id={unit.id}
              archived={archived}
              name={unit.name}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
