import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/execute";
import {
  activitiesHref,
  activityPhase,
  availability,
  parseActivityFilters,
  rangeEnd,
  signupAction,
} from "@/lib/activities/activity-rules";
import { checkInFormSchema, checkinPath, checkinTokenFrom } from "@/lib/attendance/checkin-rules";

const ID = "0194f5c2-7b1a-7c3e-9d2f-123456789abc";
/** An instant given in Beijing time. */
const bj = (local: string) => new Date(`${local}+08:00`);

describe("activity list filters from the URL", () => {
  const now = bj("2026-12-02T10:00:00"); // a Wednesday

  it("shows everything by default and ignores what it does not understand", () => {
    expect(parseActivityFilters({}, now)).toEqual({ categoryId: undefined, range: "all", to: undefined });
    expect(parseActivityFilters({ category: "1; drop table", range: "year" }, now)).toEqual({
      categoryId: undefined,
      range: "all",
      to: undefined,
    });
    expect(parseActivityFilters({ category: [ID.toUpperCase(), "x"], range: ["week"] }, now)).toMatchObject({
      categoryId: ID,
      range: "week",
    });
  });

  it("ends this week on Sunday night and this month on its last night, Beijing time", () => {
    expect(parseActivityFilters({ range: "week" }, now).to).toEqual(new Date(bj("2026-12-07T00:00:00").getTime() - 1));
    expect(parseActivityFilters({ range: "month" }, now).to).toEqual(new Date(bj("2027-01-01T00:00:00").getTime() - 1));
  });

  it("counts the week from Monday in Beijing, whatever the server's zone", () => {
    // Sunday evening in Beijing is still this week; 00:30 on Monday (Sunday in UTC) starts the next one
    expect(rangeEnd("week", bj("2026-12-06T22:00:00"))).toEqual(new Date(bj("2026-12-07T00:00:00").getTime() - 1));
    expect(rangeEnd("week", bj("2026-12-07T00:30:00"))).toEqual(new Date(bj("2026-12-14T00:00:00").getTime() - 1));
    // 1 February in Beijing while it is still 31 January in UTC
    expect(rangeEnd("month", bj("2027-02-01T07:00:00"))).toEqual(new Date(bj("2027-03-01T00:00:00").getTime() - 1));
  });

  it("builds short links that keep the other filter", () => {
    expect(activitiesHref({ range: "all" })).toBe("/me/activities");
    expect(activitiesHref({ range: "week" })).toBe("/me/activities?range=week");
    expect(activitiesHref({ categoryId: ID, range: "month" })).toBe(`/me/activities?category=${ID}&range=month`);
  });
});

describe("what a member can do with an activity", () => {
  const now = bj("2026-12-02T10:00:00");
  const activity = {
    status: "PUBLISHED",
    startsAt: bj("2026-12-05T09:00:00"),
    endsAt: bj("2026-12-05T11:00:00"),
    signupDeadline: bj("2026-12-04T18:00:00"),
    capacity: 10,
    confirmedCount: 7,
  };

  it("knows open, closed, ended and cancelled", () => {
    expect(activityPhase(activity, now)).toBe("open");
    expect(activityPhase(activity, bj("2026-12-04T18:00:00"))).toBe("closed");
    expect(activityPhase(activity, bj("2026-12-05T10:00:00"))).toBe("closed");
    expect(activityPhase(activity, bj("2026-12-05T11:01:00"))).toBe("ended");
    expect(activityPhase({ ...activity, status: "CANCELLED" }, now)).toBe("cancelled");
  });

  it("says places left, full (waitlist) or closed", () => {
    expect(availability(activity, now)).toBe("open");
    expect(availability({ ...activity, confirmedCount: 10 }, now)).toBe("full");
    expect(availability(activity, bj("2026-12-04T19:00:00"))).toBe("closed");
  });

  it("offers one action: sign up, join the waitlist, cancel, leave the waitlist, or none after the deadline", () => {
    expect(signupAction({ phase: "open", signupStatus: null, full: false })).toBe("signUp");
    expect(signupAction({ phase: "open", signupStatus: null, full: true })).toBe("joinWaitlist");
    expect(signupAction({ phase: "open", signupStatus: "CONFIRMED", full: true })).toBe("cancel");
    expect(signupAction({ phase: "open", signupStatus: "WAITLISTED", full: true })).toBe("leaveWaitlist");
    for (const phase of ["closed", "ended", "cancelled"] as const)
      expect(signupAction({ phase, signupStatus: "CONFIRMED", full: false })).toBeNull();
  });
});

describe("check-in links", () => {
  it("accepts only the token's shape and keeps it in the return path", () => {
    expect(checkinTokenFrom("29412345.AbC_d-9")).toBe("29412345.AbC_d-9");
    expect(checkinTokenFrom(["29412345.abc", "x"])).toBe("29412345.abc");
    expect(checkinTokenFrom(undefined)).toBeNull();
    expect(checkinTokenFrom("<script>")).toBeNull();
    expect(checkinPath(ID, "29412345.abc")).toBe(`/checkin/${ID}?t=29412345.abc`);
    expect(checkinPath(ID, null)).toBe(`/checkin/${ID}`);
    expect(checkinPath("//evil.example", "1.a")).toBe("/");
  });

  it("reports a malformed token as an expired code", () => {
    const bad = checkInFormSchema.safeParse({ activityId: ID, token: "nope" });
    expect(bad.success).toBe(false);
    expect(fieldErrorsOf(bad.error!)).toEqual({ token: "checkin.badToken" });
    expect(checkInFormSchema.safeParse({ activityId: ID, token: "29412345.abc" }).success).toBe(true);
  });
});
