import { describe, expect, it } from "vitest";
import { calendarDayOffset, notificationValues } from "@/lib/notifications/notification-values";
import { safeLink } from "@/lib/notifications/safe-link";
import { unreadBadge } from "@/lib/notifications/unread-badge";

describe("the bell", () => {
  it("shows the badge text the bell needs", () => {
    expect([0, 1, 99, 100, 12345].map(unreadBadge)).toEqual([null, "1", "99", "99+", "99+"]);
  });
});

describe("notification links and texts", () => {
  it("keep links on this site", () => {
    expect(safeLink("/me/activities/1")).toBe("/me/activities/1");
    expect(safeLink("/notifications?page=2")).toBe("/notifications?page=2");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "me/activities",
      "/\tevil",
      "",
      null,
    ]) {
      expect(safeLink(bad), String(bad)).toBeNull();
    }
    expect(safeLink("/a/../../b")).toBe("/b");
  });

  it("turn a stored startsAt into day, date and time at display time", () => {
    const now = new Date("2026-11-26T15:00:00Z"); // 23:00 in Shanghai
    expect(calendarDayOffset(new Date("2026-11-26T17:00:00Z"), now, "Asia/Shanghai")).toBe(1); // 01:00 next day
    expect(calendarDayOffset(new Date("2026-11-26T15:30:00Z"), now, "Asia/Shanghai")).toBe(0);
    expect(calendarDayOffset(new Date("2026-11-28T02:00:00Z"), now, "Asia/Shanghai")).toBe(2);
    const values = notificationValues(
      { title: "义诊", place: "社区卫生站", startsAt: "2026-11-27T06:00:00.000Z", nested: { no: 1 } },
      { now, timeZone: "Asia/Shanghai", time: (d) => d.toISOString().slice(11, 16), date: () => "11月27日" },
    );
    expect(values).toMatchObject({ title: "义诊", place: "社区卫生站", day: "tomorrow", time: "06:00", date: "11月27日" });
    expect(values).not.toHaveProperty("nested");
  });
});
