import { pageTitle } from "@/lib/i18n/page-title";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCommunityActivity } from "@/lib/activities/get-community-activity";
import { listActivityFormOptions } from "@/lib/activities/list-activity-form-options";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { localYear, toLocalInput } from "@/lib/time";
import { createActivityAction, updateActivityAction } from "@/app/(community)/community/activities/actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePermission("activities.manage");
  const { id } = await params;
  // the same scoped read as the page (another community's activity is not found: a plain title)
  const activity = await getCommunityActivity({ actor, input: { id } }).catch(() => null);
  return activity
    ? pageTitle("community", { key: "pageTitles.activityEdit", values: { title: activity.title } })
    : pageTitle("community", { key: "activities.title" });
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("activities.manage");
  const { id } = await params;
  const activity = await orNotFound(getCommunityActivity({ actor, input: { id } }));
  if (activity.status === "CANCELLED") notFound();
  const [options, t] = await Promise.all([
    listActivityFormOptions({ actor, input: { year: localYear(activity.startsAt) } }),
    getTranslations("activities"),
  ]);
  return (
    <>
      <Link href={`/community/activities/${activity.id}`} className="text-sm underline">
        {t("backToActivity")}
      </Link>
      <PageHeader title={t("edit")} description={activity.title} />
      <Card className="max-w-3xl">
        <ActivityForm
          create={createActivityAction}
          update={updateActivityAction}
          options={options}
          activity={{
            id: activity.id,
            title: activity.title,
            description: activity.description,
            place: activity.place,
            categoryId: activity.categoryId,
            itemId: activity.itemId,
            teamId: activity.teamId,
            startsAt: toLocalInput(activity.startsAt),
            endsAt: toLocalInput(activity.endsAt),
            signupDeadline: toLocalInput(activity.signupDeadline),
            capacity: activity.capacity,
            points: activity.points,
            hours: Number(activity.hours),
          }}
        />
      </Card>
    </>
  );
}
