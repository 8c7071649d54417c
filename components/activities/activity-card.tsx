import { Award, CalendarClock, MapPin, Star, Users } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CATEGORY_SPRITE, categorySpriteName } from "@/components/menu/category-icon";
import { IconSprite, SpriteIcon } from "@/components/ui/icon-sprite";
import { categoryName } from "@/lib/menu/category-label";
import { availability, placesLeft } from "@/lib/activities/activity-rules";
import { activityTime } from "./format";
import { MyStatusBadge } from "./my-status-badge";

const ICON = "mt-0.5 h-5 w-5 shrink-0 text-gray-500";

export type ActivityCardData = {
  id: string;
  title: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date;
  capacity: number;
  confirmedCount: number;
  points: number;
  hours: number;
  category: { nameZh: string; nameEn: string; icon: string };
  myStatus: "CONFIRMED" | "WAITLISTED" | "CANCELLED" | null;
  matchesPledge: boolean;
};

/** The icons of the cards, once per page (render it before the list): each card only refers to them. */
export function ActivityCardIcons() {
  return (
    <IconSprite
      icons={{ star: Star, calendar: CalendarClock, place: MapPin, places: Users, reward: Award, ...CATEGORY_SPRITE }}
    />
  );
}

/** One upcoming activity in the member's list; the title links to its page and the whole card is the tap target. */
export async function ActivityCard({ activity, now }: { activity: ActivityCardData; now: Date }) {
  const [t, format, locale] = await Promise.all([getTranslations("memberActivities"), getFormatter(), getLocale()]);
  const places = availability({ ...activity, status: "PUBLISHED" }, now);
  const myStatus = activity.myStatus === "CANCELLED" ? null : activity.myStatus;
  const category = categoryName(activity.category, locale);
  return (
    <article
      data-activity-card
      data-availability={places}
      data-my-status={myStatus ?? undefined}
      className={`relative rounded-lg border bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-amber-500 ${activity.matchesPledge ? "border-red-200" : "border-gray-200"}`}
    >
      {activity.matchesPledge ? (
        <p className="mb-2 flex items-center gap-1 text-sm font-medium text-red-800">
          <SpriteIcon name="star" className="h-4 w-4 shrink-0" />
          {t("matchesPledge")}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <span className="mt-0.5 inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-red-50 text-red-700">
          <SpriteIcon name={categorySpriteName(activity.category.icon)} className="h-5 w-5" />
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex items-start justify-between gap-2">
            {/* user data, written in Chinese: read as Chinese on English pages too */}
            <h2 lang="zh-CN" className="text-lg leading-snug font-semibold break-words text-gray-900">
              <Link
                href={`/me/activities/${activity.id}`}
                className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
              >
                {activity.title}
              </Link>
            </h2>
            {myStatus ? <MyStatusBadge status={myStatus} /> : null}
          </div>
          <p className="text-sm text-gray-600">{category}</p>
          <ul className="mt-2 space-y-1 text-gray-800">
            <li className="flex items-start gap-2">
              <SpriteIcon name="calendar" className={ICON} />
              <span className="sr-only">{t("fields.time")}</span>
              <span>{activityTime(format, activity.startsAt, activity.endsAt, now)}</span>
            </li>
            <li className="flex items-start gap-2">
              <SpriteIcon name="place" className={ICON} />
              <span className="sr-only">{t("fields.place")}</span>
              <span className="break-words">{activity.place}</span>
            </li>
            <li className="flex items-start gap-2">
              <SpriteIcon name="places" className={ICON} />
              <span className={places === "open" ? "text-green-800" : places === "full" ? "text-amber-800" : "text-gray-600"}>
                {places === "open"
                  ? t("placesLeft", { count: placesLeft(activity) })
                  : places === "full"
                    ? t("full")
                    : t("signupClosed")}
              </span>
            </li>
            <li className="flex items-start gap-2">
              <SpriteIcon name="reward" className={ICON} />
              <span>{t("reward", { points: activity.points, hours: format.number(activity.hours) })}</span>
            </li>
          </ul>
        </div>
      </div>
    </article>
  );
}
