import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listActivityFormOptions } from "@/lib/activities/list-activity-form-options";
import { requirePermission } from "@/lib/auth/session";
import { localYear } from "@/lib/time";
import { createActivityAction, updateActivityAction } from "@/app/(community)/community/activities/actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "activities.new" });
}

export default async function NewActivityPage() {
  const actor = await requirePermission("activities.manage");
  const [options, t] = await Promise.all([
    listActivityFormOptions({ actor, input: { year: localYear(new Date()) } }),
    getTranslations("activities"),
  ]);
  return (
    <>
      <Link href="/community/activities" className="text-sm underline">
        {t("backToList")}
      </Link>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <Card className="max-w-3xl">
        <ActivityForm create={createActivityAction} update={updateActivityAction} options={options} />
      </Card>
    </>
  );
}
