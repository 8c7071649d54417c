import { getCommunityActivity } from "@/lib/activities/get-community-activity";
import { pageTitle } from "@/lib/i18n/page-title";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { CheckinDisplay } from "@/components/activities/checkin-display";
import { currentCheckinCode } from "@/lib/attendance/checkin-code";
import { requirePermission } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { publicUrl } from "@/lib/public-url";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePermission("activities.manage");
  const { id } = await params;
  // the same scoped read as the page (another community's activity is not found: a plain title)
  const activity = await getCommunityActivity({ actor, input: { id } }).catch(() => null);
  return activity
    ? pageTitle("community", { key: "pageTitles.activityCheckinCode", values: { title: activity.title } })
    : pageTitle("community", { key: "activities.title" });
}

export default async function CheckinCodePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("attendance.manage");
  const { id } = await params;
  const requestHeaders = await headers();
  const request = new Request(`http://${requestHeaders.get("host") ?? "localhost"}/`, { headers: requestHeaders });
  const code = await orNotFound(
    currentCheckinCode({ actor, input: { activityId: id, urlFor: (path) => publicUrl(path, request) } }),
  );
  const t = await getTranslations("activities");
  return (
    <>
      <Link href={`/community/activities/${id}`} className="text-sm underline">
        {t("backToActivity")}
      </Link>
      <div className="mt-4 rounded-lg border border-gray-200">
        <CheckinDisplay activityId={id} initial={code} />
      </div>
    </>
  );
}
