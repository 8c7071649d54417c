import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { activityTime } from "@/components/activities/format";
import { CategoryIcon } from "@/components/menu/category-icon";
import { PublicShell } from "@/components/shell/public-shell";
import { LinkButton } from "@/components/ui/button";
import { activityPhase } from "@/lib/activities/activity-rules";
import { publicActivityPath } from "@/lib/activities/activity-share";
import { getPublicActivity } from "@/lib/activities/get-public-activity";
import { categoryName } from "@/lib/menu/category-label";
import { orNotFound } from "@/lib/or-not-found";
import { absoluteUrlForPage } from "@/lib/share/page-url";
import { setLocaleAction } from "@/app/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const activityOf = cache((id: string) => orNotFound(getPublicActivity({ input: { id } })));

async function placesText(activity: Awaited<ReturnType<typeof activityOf>>) {
  const t = await getTranslations("share");
  const phase = activityPhase(activity, new Date());
  if (phase === "open") {
    return activity.placesLeft > 0
      ? t("doc.placesLeft", { left: activity.placesLeft, capacity: activity.capacity })
      : t("doc.full", { capacity: activity.capacity });
  }
  return t(phase === "ended" ? "doc.ended" : "doc.closed");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const activity = await activityOf(id);
  const [t, format] = await Promise.all([getTranslations("share"), getFormatter()]);
  const title = t("publicMetaTitle", { title: activity.title, community: activity.community.name });
  const description = t("publicDescription", {
    community: activity.community.name,
    time: activityTime(format, activity.startsAt, activity.endsAt),
    place: activity.place,
    places: await placesText(activity),
  });
  const [url, image] = await Promise.all([
    absoluteUrlForPage(publicActivityPath(activity.id)),
    absoluteUrlForPage(`${publicActivityPath(activity.id)}/og`),
  ]);
  return {
    title,
    description,
    openGraph: { type: "website", title, description, url, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/**
 * Public: what a share card's QR code or a chat link opens, usually inside WeChat. Only a
 * published activity's public facts (lib/activities/get-public-activity.ts); signing up needs an
 * account, so the page leads to sign-in (back to the member's activity page) or to registration
 * with the activity's community already chosen.
 */
export default async function PublicActivityPage({ params }: Props) {
  const { id } = await params;
  const activity = await activityOf(id);
  const [t, format, locale] = await Promise.all([getTranslations("share"), getFormatter(), getLocale()]);
  const places = await placesText(activity);
  const open = activityPhase(activity, new Date()) === "open";
  const rows: [string, ReactNode][] = [
    [
      t("category"),
      <span key="category" className="inline-flex items-center gap-1.5">
        <CategoryIcon icon={activity.category.icon} className="h-4 w-4" />
        {categoryName(activity.category, locale)}
      </span>,
    ],
    [t("time"), activityTime(format, activity.startsAt, activity.endsAt)],
    [t("place"), activity.place],
    [t("places"), places],
  ];
  return (
    <PublicShell setLocale={setLocaleAction} title={activity.title} intro={`${activity.community.name} · ${t("publicKind")}`}>
      <dl className="grid grid-cols-[5rem_1fr] gap-x-3 gap-y-2 rounded-lg border border-gray-200 bg-white p-5">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-gray-600">{label}</dt>
            <dd className={label === t("places") && open ? "font-semibold text-accent" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 flex flex-col gap-3">
        <LinkButton href={`/login?returnTo=${encodeURIComponent(`/me/activities/${activity.id}`)}`} className="w-full">
          {t("signInToJoin")}
        </LinkButton>
        <p className="text-center text-gray-700">
          {t("notRegistered")}{" "}
          <a href={`/register?c=${activity.community.id}`} className="underline">
            {t("registerHere")}
          </a>
        </p>
      </div>
      <p className="mt-6 text-sm text-gray-600">{t("publicNote")}</p>
    </PublicShell>
  );
}
