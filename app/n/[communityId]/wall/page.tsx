import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions";
import { NeedStories } from "@/components/needs/need-stories";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { assertId } from "@/lib/ids";
import { listNeedWall, type WallNeed } from "@/lib/needs/list-need-wall";
import { NEED_STATUS_TONE } from "@/lib/needs/need-status-tone";
import { orNotFound } from "@/lib/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ communityId: string }> };

const wallFor = cache(async (communityId: string) =>
  listNeedWall({ input: { communityId: assertId(communityId).toLowerCase() } }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("needsPublic");
  const wall = await wallFor((await params).communityId).catch(() => null);
  return { title: wall ? `${t("wall.title")} – ${wall.community.name}` : t("wall.title") };
}

/** 心愿墙: a community's public wall of anonymized open and completed needs, and its short stories. */
export default async function NeedWallPage({ params }: Props) {
  const wall = await orNotFound(wallFor((await params).communityId));
  const t = await getTranslations("needsPublic");
  return (
    <PublicShell setLocale={setLocaleAction} title={t("wall.title")} intro={t("wall.intro", { community: wall.community.name })}>
      <div className="space-y-8">
        <div className="grid grid-cols-2 gap-3 text-center">
          <p className="rounded-lg border border-gray-200 bg-white p-3">
            <span className="block text-2xl font-semibold tabular-nums">{wall.openCount}</span>
            <span className="text-sm text-gray-600">{t("wall.openCount")}</span>
          </p>
          <p className="rounded-lg border border-gray-200 bg-white p-3">
            <span className="block text-2xl font-semibold tabular-nums">{wall.completedCount}</span>
            <span className="text-sm text-gray-600">{t("wall.completedCount")}</span>
          </p>
        </div>
        <Link href={`/n/${wall.community.id}`} className={buttonClass("primary", "w-full")}>
          {t("wall.post")}
        </Link>
        <NeedStories stories={wall.stories} />
        <WallList title={t("wall.open")} empty={t("wall.noneOpen")} needs={wall.open} />
        <WallList title={t("wall.completed")} empty={t("wall.noneCompleted")} needs={wall.completed} />
        <p className="text-sm text-gray-600">{t("wall.privacy")}</p>
      </div>
    </PublicShell>
  );
}

async function WallList({ title, empty, needs }: { title: string; empty: string; needs: WallNeed[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("needsPublic"), getFormatter(), getLocale()]);
  return (
    <section>
      <h2 className="text-lg font-semibold">{title}</h2>
      {needs.length ? (
        <ul className="mt-3 space-y-3">
          {needs.map((need) => (
            <li key={need.id} className="rounded-lg border border-gray-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {t(`kinds.${need.kind}`)} · {locale === "en" ? need.category.nameEn : need.category.nameZh}
                </span>
                <StatusBadge tone={NEED_STATUS_TONE[need.status]}>{t(`status.${need.status}`)}</StatusBadge>
              </div>
              <p className="mt-2 break-words text-gray-800">{need.content}</p>
              <p className="mt-1 text-sm text-gray-600">
                {[need.building, format.dateTime(need.at, { dateStyle: "medium" })].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-gray-600">{empty}</p>
      )}
    </section>
  );
}
