import type { getFormatter } from "next-intl/server";
import { localYear, startOfLocalDay } from "@/lib/time";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const TIME = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

function dayOptions(date: Date, now: Date) {
  const day = { month: "long", day: "numeric", weekday: "short" } as const;
  // another year is spelled out; this year's dates stay short
  return localYear(date) === localYear(now) ? day : { ...day, year: "numeric" as const };
}

/** "12月3日周六 09:00–11:00"; an activity over several days shows both dates. */
export function activityTime(format: Formatter, startsAt: Date, endsAt: Date, now = new Date()): string {
  if (startOfLocalDay(startsAt).getTime() === startOfLocalDay(endsAt).getTime()) {
    return `${format.dateTime(startsAt, dayOptions(startsAt, now))} ${format.dateTimeRange(startsAt, endsAt, TIME)}`;
  }
  return `${dayAndTime(format, startsAt, now)} – ${dayAndTime(format, endsAt, now)}`;
}

/** A moment with its day: "12月1日周四 18:00". */
export function dayAndTime(format: Formatter, date: Date, now = new Date()): string {
  return format.dateTime(date, { ...dayOptions(date, now), ...TIME });
}

/** Only the clock time: "08:59". */
export function clockTime(format: Formatter, date: Date): string {
  return format.dateTime(date, TIME);
}

/** A calendar date: "2026年12月3日". */
export function calendarDate(format: Formatter, date: Date): string {
  return format.dateTime(date, { year: "numeric", month: "long", day: "numeric" });
}
