import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArchiveForm } from "@/components/orgs/org-forms";
import { WorkUnitForm } from "@/components/orgs/work-unit-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { getWorkUnit } from "@/lib/orgs/get-work-unit";
import { orNotFound } from "@/lib/or-not-found";
import { archiveOrgAction, createWorkUnitAction, restoreOrgAction, updateWorkUnitAction } from "@/app/(admin)/admin/actions";
import { Notice } from "@/components/ui/notice";

export default async function WorkUnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePermission("units.manage");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const t = await getTranslations("units");
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
        <Card title={archived ? t("restoreTitle") : t("archiveTitle")}>
          <ArchiveForm archive={archiveOrgAction} restore={restoreOrgAction} id={unit.id} archived={archived} name={unit.name} />
        </Card>
      </div>
    </>
  );
}
