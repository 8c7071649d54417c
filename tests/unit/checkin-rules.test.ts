import { describe, expect, it } from "vitest";
import { CHECKIN_MARGIN_MS, checkinDecision, type CheckinSituation } from "@/lib/attendance/checkin-rules";

const start = new Date("2026-12-05T01:00:00Z");
const end = new Date("2026-12-05T03:00:00Z");
const during = new Date("2026-12-05T02:00:00Z");
const base: CheckinSituation = {
  activity: { status: "PUBLISHED", startsAt: start, endsAt: end },
  record: null,
  token: "valid",
  signedUp: true,
  now: during,
};
const at = (ms: number) => new Date(ms);

describe("the check-in decision shared by the page and the use case", () => {
  it("allows a confirmed member with a valid token inside the window ± the margin", () => {
    expect(checkinDecision(base)).toBe("allowed");
    expect(checkinDecision({ ...base, now: at(start.getTime() - CHECKIN_MARGIN_MS) })).toBe("allowed");
    expect(checkinDecision({ ...base, now: at(end.getTime() + CHECKIN_MARGIN_MS) })).toBe("allowed");
  });

  it("refuses outside the window", () => {
    expect(checkinDecision({ ...base, now: at(start.getTime() - CHECKIN_MARGIN_MS - 1) })).toBe("outsideWindow");
    expect(checkinDecision({ ...base, now: at(end.getTime() + CHECKIN_MARGIN_MS + 1) })).toBe("outsideWindow");
  });

  it("checks in this order: cancelled, recorded, no-show, token, sign-up, window", () => {
    const everythingWrong: CheckinSituation = {
      activity: { status: "CANCELLED", startsAt: start, endsAt: end },
      record: { status: "NO_SHOW" },
      token: "missing",
      signedUp: false,
      now: at(0),
    };
    expect(checkinDecision(everythingWrong)).toBe("cancelled");
    const published = { ...everythingWrong, activity: base.activity };
    expect(checkinDecision(published)).toBe("markedNoShow");
    expect(checkinDecision({ ...published, record: { status: "CHECKED_IN" } })).toBe("recorded");
    expect(checkinDecision({ ...published, record: { status: "CONFIRMED" } })).toBe("recorded");
    expect(checkinDecision({ ...published, record: null })).toBe("noToken");
    expect(checkinDecision({ ...published, record: null, token: "invalid" })).toBe("badToken");
    expect(checkinDecision({ ...published, record: null, token: "valid" })).toBe("notSignedUp");
    expect(checkinDecision({ ...published, record: null, token: "valid", signedUp: true })).toBe("outsideWindow");
  });

  it("scanning again after checking in is harmless, even with an expired code", () => {
    expect(checkinDecision({ ...base, record: { status: "CHECKED_IN" }, token: "invalid" })).toBe("recorded");
  });
});
