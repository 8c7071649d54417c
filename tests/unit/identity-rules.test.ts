import { describe, expect, it } from "vitest";
import { cardValidity, isCheckToken, maskSurname, newCheckToken } from "@/lib/identity/identity-rules";
import { canConfirm, isOpen, reReportStatus, windowFromDays } from "@/lib/re-report/re-report-rules";

describe("member card rules", () => {
  it("masks everything but the surname", () => {
    expect(maskSurname("张伟")).toBe("张*");
    expect(maskSurname("王建国")).toBe("王**");
    expect(maskSurname("欧阳娜娜")).toBe("欧***");
    expect(maskSurname("李")).toBe("李*");
    expect(maskSurname("  ")).toBe("*");
  });

  it("looks up only tokens of the right shape", () => {
    expect(isCheckToken(newCheckToken())).toBe(true);
    expect(newCheckToken()).not.toBe(newCheckToken());
    for (const bad of ["", "abc", "0".repeat(31), "G".repeat(32), `${"a".repeat(32)}/`, "A".repeat(32)]) {
      expect(isCheckToken(bad), bad).toBe(false);
    }
  });

  it("a card is valid only for an active entry of an enabled account", () => {
    const user = { disabledAt: null };
    expect(cardValidity({ status: "ACTIVE", movedOutAt: null, user })).toBe("valid");
    expect(cardValidity({ status: "ACTIVE", movedOutAt: null, user: null })).toBe("valid");
    expect(cardValidity({ status: "MOVED_OUT", movedOutAt: new Date(), user })).toBe("movedOut");
    expect(cardValidity({ status: "ACTIVE", movedOutAt: null, user: { disabledAt: new Date() } })).toBe("disabled");
    expect(cardValidity({ status: "PENDING", movedOutAt: null, user })).toBe("notVerified");
  });
});

describe("re-report windows", () => {
  it("cover whole Beijing days", () => {
    expect(windowFromDays("2027-03-01", "2027-03-31")).toEqual({
      opensAt: new Date("2027-02-28T16:00:00.000Z"),
      closesAt: new Date("2027-03-31T16:00:00.000Z"),
    });
    expect(windowFromDays("2027-03-01", "2027-03-01")?.closesAt).toEqual(new Date("2027-03-01T16:00:00.000Z"));
    expect(windowFromDays("2027-03-02", "2027-03-01")).toBeNull();
    expect(windowFromDays("2027-02-29", "2027-03-01")).toBeNull();
    expect(windowFromDays("junk", "2027-03-01")).toBeNull();
  });

  it("status at the edges", () => {
    const w = windowFromDays("2027-03-01", "2027-03-31")!;
    const at = (ms: number) => new Date(ms);
    expect(reReportStatus(w, null, at(w.opensAt.getTime() - 1))).toBe("upcoming");
    expect(reReportStatus(w, null, w.opensAt)).toBe("due");
    expect(reReportStatus(w, null, at(w.closesAt.getTime() - 1))).toBe("due");
    expect(reReportStatus(w, null, w.closesAt)).toBe("overdue");
    expect(reReportStatus(w, w.opensAt, w.closesAt)).toBe("confirmed");
    expect(canConfirm(w, at(w.opensAt.getTime() - 1))).toBe(false);
    expect(canConfirm(w, w.closesAt)).toBe(true);
    expect(isOpen(w, w.closesAt)).toBe(false);
  });
});
