import type { Metadata } from "next";
import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NeedStoryForm } from "@/components/needs/need-story-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { listStoryNeeds } from "@/lib/needs/list-story-needs";
import { writeNeedStoryAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return pageTitle("community", { key: "needsPublic.story.pageTitle" });
}

/** 微故事: the secretary writes up confirmed needs for the wish wall and the honour roll. */
export default async function NeedStoriesPage() {
  const actor = await requirePermission("needs.manage");
  const [needs, t, format, locale] = await Promise.all([
    listStoryNeeds({ actor }),
    getTranslations("needsPublic"),
    getFormatter(),
    getLocale(),
  ]);
  const communityId = actor.active!.orgId;
  return (
    <>
      <PageHeader
        title={t("story.pageTitle")}
        description={t("story.pageDescription")}
        actions={
          <Link href={`/n/${communityId}/wall`} className="text-sm underline">
            {t("wall.title")}
          </Link>
        }
      />
      {needs.length ? (
        <ClientMessages namespaces={["needsPublic"]}>
          <ul className="space-y-6">
            {needs.map((need) => (
              <li key={need.id} className="rounded-lg border border-gray-200 bg-white p-4 sm:p-5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">
                    {t(`kinds.${need.kind}`)} · {locale === "en" ? need.category.nameEn : need.category.nameZh}
                    {need.building ? ` · ${need.building}` : ""}
                  </p>
                  <StatusBadge tone={need.storyPublishedAt ? "green" : "gray"}>
                    {need.storyPublishedAt ? t("story.written") : t("story.notWritten")}
                  </StatusBadge>
                </div>
                <p className="mt-1 text-gray-800">{need.content}</p>
                <p className="mt-1 mb-4 text-sm text-gray-600">
                  {need.confirmedAt
                    ? t("story.confirmedOn", { date: format.dateTime(need.confirmedAt, { dateStyle: "medium" }) })
                    : null}
                  {need.rating ? ` · ${t("story.rating", { rating: need.rating })}` : ""}
                </p>
                <NeedStoryForm action={writeNeedStoryAction} needId={need.id} title={need.storyTitle} body={need.storyBody} />
              </li>
            ))}
          </ul>
        </ClientMessages>
      ) : (
        <EmptyState message={t("story.none")} />
      )}
    </>
  );
}
