import { describe, expect, it } from "vitest";
import {
  DUPLICATE_THRESHOLD,
  rankMembers,
  scoreMember,
  similarity,
  wantedTimes,
  type MatchCandidate,
} from "@/lib/needs/need-matching";

const need = {
  categoryId: "cat-elder",
  content: "想请人周末陪我去医院复查，帮忙挂号",
  wantedWhen: "周六上午",
  buildingId: "b1",
  gridId: "g1",
};
const base: MatchCandidate = {
  id: "m0",
  buildingId: null,
  gridId: null,
  skills: [],
  availability: [],
  pledges: [],
  activeClaims: 0,
  recentClaims: 0,
};

describe("similar texts (duplicate suggestions)", () => {
  it("finds the same need in other words, not a different one", () => {
    expect(similarity("3号楼楼道灯坏了", "3号楼的楼道灯坏了，晚上很黑")).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(similarity("3号楼楼道灯坏了", "想请人辅导孩子数学")).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(similarity("", "x")).toBe(0);
  });
});

describe("wanted times", () => {
  it("reads the resident's free text", () => {
    expect(wantedTimes("周六上午")).toEqual(expect.arrayContaining(["WEEKEND", "WEEKDAY_DAY"]));
    expect(wantedTimes("工作日晚上")).toEqual(expect.arrayContaining(["WEEKDAY_EVENING", "WEEKDAY_DAY"]));
    expect(wantedTimes("随时")).toEqual([]);
    expect(wantedTimes(null)).toEqual([]);
  });
});

describe("matching members to a need", () => {
  it("explains each point of fit", () => {
    const { score, reasons } = scoreMember(need, {
      ...base,
      buildingId: "b1",
      skills: ["医院"],
      availability: ["WEEKEND"],
      pledges: [{ categoryId: "cat-elder", categoryName: "助老", remark: "可以陪老人去医院" }],
    });
    expect(reasons.map((r) => r.key)).toEqual([
      "pledgedCategory",
      "pledgeRemark",
      "skill",
      "availability",
      "sameBuilding",
      "free",
    ]);
    expect(score).toBe(40 + 15 + 25 + 10 + 20);
  });

  it("prefers the same grid less than the same building, and lowers the busy", () => {
    expect(scoreMember(need, { ...base, gridId: "g1" }).reasons.map((r) => r.key)).toEqual(["sameGrid", "free"]);
    const busy = scoreMember(need, { ...base, buildingId: "b1", activeClaims: 2 });
    expect(busy.score).toBe(20 - 24);
    expect(busy.reasons.at(-1)).toEqual({ key: "busy", values: { count: 2 } });
  });

  it("ranks by fit, then by lower load, so the same keen few are not always asked", () => {
    const ranked = rankMembers(need, [
      { ...base, id: "keen", buildingId: "b1", recentClaims: 3 },
      { ...base, id: "fresh", buildingId: "b1" },
      { ...base, id: "pledged", pledges: [{ categoryId: "cat-elder", categoryName: "助老", remark: "" }] },
      { ...base, id: "nobody" },
    ]);
    expect(ranked.map((r) => r.member.id)).toEqual(["pledged", "fresh", "keen", "nobody"]);
  });
});
