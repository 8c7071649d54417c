import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WorkUnitForm } from "@/components/orgs/work-unit-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { createWorkUnitAction, updateWorkUnitAction } from "@/app/(admin)/admin/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("admin", { key: "units.new" });
}

export default async function NewWorkUnitPage() {
  await requirePermission("units.manage");
  const t = await getTranslations("units");
  return (
    <>
      <Link href="/admin/units" className="text-sm underline">
        {t("backToList")}
      </Link>
      <PageHeader title={t("new")} />
      <Card className="max-w-xl">
        <WorkUnitForm create={createWorkUnitAction} update={updateWorkUnitAction} />
      </Card>
    </>
  );
}
