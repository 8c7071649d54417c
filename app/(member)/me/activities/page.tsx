import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityCard, ActivityCardIcons } from "@/components/activities/activity-card";
import { ActivityFilters } from "@/components/activities/activity-filters";
import { RecordsLinkCard } from "@/components/activities/records-link-card";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listMemberActivities } from "@/lib/activities/list-member-activities";
import { requirePermission } from "@/lib/auth/session";
import { categoryName } from "@/lib/menu/category-label";
import { parseActivityFilters } from "@/lib/activities/activity-rules";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("member", { key: "memberActivities.title" });
}

export default async function MemberActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("self.view");
  const now = new Date();
  const filters = parseActivityFilters(await searchParams, now);
  const [list, unfiltered, t, locale] = await Promise.all([
    listMemberActivities({ actor, input: { categoryId: filters.categoryId, to: filters.to } }),
    // the category chips come from what is on in the chosen period, whatever category is picked
    filters.categoryId ? listMemberActivities({ actor, input: { to: filters.to } }) : null,
    getTranslations("memberActivities"),
    getLocale(),
  ]);
  const categories = new Map<string, string>();
  for (const a of (unfiltered ?? list).activities)
    if (!categories.has(a.categoryId)) categories.set(a.categoryId, categoryName(a.category, locale));
  const filtered = !!filters.categoryId || filters.range !== "all";

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro", { community: actor.active?.orgName ?? "" })}</p>
      </div>

      {!list.verified ? <Notice tone="warning">{t("pendingNotice")}</Notice> : null}

      <ActivityFilters
        categories={[...categories].map(([id, label]) => ({ id, label }))}
        categoryId={filters.categoryId}
        range={filters.range}
      />

      {list.activities.length ? (
        <>
          <p className="text-sm text-gray-700">{t("resultCount", { count: list.activities.length })}</p>
          <ActivityCardIcons />
          <ul aria-label={t("listLabel")} className="space-y-3">
            {list.activities.map((activity) => (
              <li key={activity.id}>
                <ActivityCard activity={activity} now={now} />
              </li>
            ))}
          </ul>
        </>
      ) : filtered ? (
        <EmptyState
          message={t("emptyFiltered")}
          action={
            <LinkButton href="/me/activities" variant="secondary">
              {t("showAll")}
            </LinkButton>
          }
        />
      ) : (
        <EmptyState message={t("empty")} action={<LinkButton href="/me/menu">{t("goToMenu")}</LinkButton>} />
      )}

      <RecordsLinkCard />
    </div>
  );
}
