/** Calendar days from `now` to `date` in a time zone: 0 today, 1 tomorrow, -1 yesterday. */
export function calendarDayOffset(date: Date, now: Date, timeZone: string): number {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const utcMidnight = (d: Date) => Date.parse(`${day.format(d)}T00:00:00Z`);
  return Math.round((utcMidnight(date) - utcMidnight(now)) / 86_400_000);
}

type Formatters = {
  now: Date;
  timeZone: string;
  /** e.g. "14:00" */
  time: (date: Date) => string;
  /** e.g. "11月27日" */
  date: (date: Date) => string;
};

/**
 * ICU values for `notifications.kinds.<kind>`: the stored params (strings and numbers only),
 * with every name the texts use defaulted so an older or partial notification still renders,
 * and `startsAt` (ISO) turned into `day` (today / tomorrow / other), `date` and `time` at display
 * time, in the reader's locale and the portal's time zone.
 */
export function notificationValues(params: Record<string, unknown>, formatters: Formatters): Record<string, string | number> {
  const values: Record<string, string | number> = {
    title: "",
    place: "",
    community: "",
    reason: "—",
    points: 0,
    day: "other",
    date: "",
    time: "",
  };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) values[key] = value;
  }
  const startsAt = typeof params.startsAt === "string" ? new Date(params.startsAt) : null;
  if (startsAt && !Number.isNaN(startsAt.getTime())) {
    const offset = calendarDayOffset(startsAt, formatters.now, formatters.timeZone);
    values.day = offset === 0 ? "today" : offset === 1 ? "tomorrow" : "other";
    values.date = formatters.date(startsAt);
    values.time = formatters.time(startsAt);
  }
  return values;
}
