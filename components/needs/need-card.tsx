import { MapPin, Users } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryIcon } from "@/components/menu/category-icon";
import { categoryName } from "@/lib/menu/category-label";
import type { NeedStatus } from "@/lib/needs/board-view";
import { ageInDays, NeedStatusBadge } from "./need-labels";

export type NeedCardData = {
  id: string;
  kind: "WISH" | "SERVICE" | "PROBLEM";
  status: NeedStatus;
  content: string;
  wantedWhen: string | null;
  places: number;
  claimedCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  building: { name: string } | null;
  category: { nameZh: string; nameEn: string; icon: string };
};

/** One need on the members' board, anonymized (the building, never the resident); the whole card is the tap target. */
export async function NeedCard({ need, now }: { need: NeedCardData; now: Date }) {
  const [t, tw, locale] = await Promise.all([getTranslations("needBoard"), getTranslations("needWork"), getLocale()]);
  const left = need.places - need.claimedCount;
  return (
    <article className="relative rounded-lg border border-gray-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-amber-500">
      <div className="flex items-start gap-3">
        <span className="mt-0.5 inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-red-50 text-red-700">
          <CategoryIcon icon={need.category.icon} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-sm text-gray-600">
            {tw(`kind.${need.kind}`)} · {categoryName(need.category, locale)}
          </p>
          <h2 className="mt-0.5 text-base font-medium text-gray-900">
            <Link href={`/me/needs/${need.id}`} className="after:absolute after:inset-0">
              {need.content.length > 80 ? `${need.content.slice(0, 80)}…` : need.content}
            </Link>
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-gray-700">
            <li className="flex items-center gap-1.5">
              <MapPin aria-hidden="true" className="h-4 w-4 shrink-0" />
              {need.building?.name ?? t("noBuilding")}
              {need.wantedWhen ? ` · ${need.wantedWhen}` : ""}
            </li>
            <li className="flex items-center gap-1.5">
              <Users aria-hidden="true" className="h-4 w-4 shrink-0" />
              {need.status === "PUBLISHED" || need.status === "CLAIMED"
                ? t("placesLeft", { left: Math.max(0, left), places: need.places })
                : null}
              <span className="text-gray-600">{t("posted", { days: ageInDays(need.publishedAt ?? need.createdAt, now) })}</span>
            </li>
          </ul>
          <div className="mt-2">
            <NeedStatusBadge status={need.status} />
          </div>
        </div>
      </div>
    </article>
  );
}
