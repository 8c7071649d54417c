import { chineseShareTools, type ShareFormatter } from "../share/chinese.ts";
import type { ShareCardInput } from "../share/share-card.tsx";
import { shareText } from "../share/share-text.ts";
import { startOfLocalDay } from "../time.ts";
import { activityPhase } from "./activity-rules.ts";
import type { PublicActivity } from "./get-public-activity.ts";

/** The public page of an activity: what its QR code and share text open. */
export function publicActivityPath(id: string): string {
  return `/a/${id}`;
}

const DAY = { month: "long", day: "numeric", weekday: "short" } as const;
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

/** "12月3日周六 09:00–11:00", or both days and times when it runs over several days. */
function when(format: ShareFormatter, startsAt: Date, endsAt: Date): string {
  if (startOfLocalDay(startsAt).getTime() === startOfLocalDay(endsAt).getTime()) {
    return `${format.dateTime(startsAt, DAY)} ${format.dateTimeRange(startsAt, endsAt, CLOCK)}`;
  }
  return `${format.dateTime(startsAt, { ...DAY, ...CLOCK })} – ${format.dateTime(endsAt, { ...DAY, ...CLOCK })}`;
}

/** The facts of an activity as its share card and chat text show them (always in Chinese). */
export function activityShareFacts(activity: PublicActivity, options: { url: string; now?: Date }) {
  const { t, format, appName } = chineseShareTools();
  const now = options.now ?? new Date();
  const phase = activityPhase(activity, now);
  const status =
    phase === "open"
      ? activity.placesLeft > 0
        ? t("placesLeft", { left: activity.placesLeft, capacity: activity.capacity })
        : t("full", { capacity: activity.capacity })
      : t(phase === "ended" ? "ended" : "closed");
  const lines = [
    { label: t("time"), value: when(format, activity.startsAt, activity.endsAt) },
    { label: t("place"), value: activity.place },
    { label: t("category"), value: activity.category.nameZh },
    { label: t("places"), value: status },
  ];
  const card: ShareCardInput = {
    eyebrow: activity.community.name,
    kind: t("activityKind"),
    title: activity.title,
    lines: lines.slice(0, 3),
    highlight: status,
    qrUrl: options.url,
    qrCaption: t("activityQrCaption"),
    footer: appName,
  };
  const text = shareText({
    kind: t("activityKind"),
    title: `${activity.title}（${activity.community.name}）`,
    lines,
    linkLabel: t("activityLink"),
    url: options.url,
  });
  return { card, text, status };
}
