import { describe, expect, it } from "vitest";
import {
  addresseeOf,
  chineseDate,
  chineseDay,
  formatHours,
  formatSerial,
  isLetterYear,
  isVerifyCode,
  letterYears,
  maskName,
  newVerifyCode,
  parseServices,
  partyOrgName,
  serialPrefixes,
  serialSeq,
  sumHours,
} from "@/lib/letters/letter-rules";

const noEmployer = { employerUnitId: null, employerUnit: null, employerName: null, employerBranch: null };

describe("letter rules", () => {
  it("masks names enough to recognise, not to identify", () => {
    expect([maskName("张伟"), maskName("张小伟"), maskName("李"), maskName("欧阳小明")]).toEqual(["张*", "张*伟", "*", "欧**明"]);
  });

  it("allows years up to this one in Beijing, and defaults to last year", () => {
    const newYearsEveUtc = new Date("2026-12-31T16:30:00Z"); // already 2027 in Beijing
    expect(letterYears(newYearsEveUtc)).toMatchObject({ max: 2027, fallback: 2026 });
    expect(isLetterYear(2027, newYearsEveUtc)).toBe(true);
    expect(isLetterYear(2027, new Date("2026-12-31T15:30:00Z"))).toBe(false);
    expect(isLetterYear(1999, newYearsEveUtc)).toBe(false);
    expect(isLetterYear(2025.5, newYearsEveUtc)).toBe(false);
  });

  it("writes dates as on an official document, in Beijing time", () => {
    expect(chineseDate(new Date("2026-03-13T16:30:00Z"))).toBe("2026年3月14日");
    expect(chineseDay("2026-03-04")).toBe("2026年3月4日");
  });

  it("numbers serials per community and reads the sequence back", () => {
    const prefixes = serialPrefixes("0195d7a0-1234-7000-8000-00000abcdef1");
    expect(prefixes.map((p) => p.length)).toEqual([6, 8, 12, 32]);
    expect(prefixes[0]).toBe("BCDEF1");
    expect(formatSerial("BCDEF1", 2026, 12)).toBe("BCDEF1-2026-0012");
    expect(serialSeq("BCDEF1-2026-0012")).toBe(12);
    expect(serialSeq("no-number-here")).toBe(0);
  });

  it("makes verification codes that its own check accepts, and refuses anything else", () => {
    const code = newVerifyCode();
    expect(code).toHaveLength(22);
    expect(isVerifyCode(code)).toBe(true);
    for (const bad of ["short", "../../etc/passwd", "x".repeat(65), "码".repeat(20)]) expect(isVerifyCode(bad)).toBe(false);
  });

  it("addresses the unit's party branch, else the typed branch, else the employer's party organization", () => {
    const unit = { name: "东湖医院", partyBranchName: "东湖医院党委" };
    expect(addresseeOf({ ...noEmployer, employerUnitId: "u1", employerUnit: unit })).toEqual({
      workUnitId: "u1",
      addressee: "东湖医院党委",
      employerName: "东湖医院",
    });
    expect(addresseeOf({ ...noEmployer, employerUnitId: "u1", employerUnit: { ...unit, partyBranchName: " " } })?.addressee).toBe(
      "东湖医院党组织",
    );
    expect(addresseeOf({ ...noEmployer, employerName: "某公司", employerBranch: " 某公司党支部 " })?.addressee).toBe(
      "某公司党支部",
    );
    expect(addresseeOf({ ...noEmployer, employerName: "某公司" })?.addressee).toBe("某公司党组织");
    expect(addresseeOf(noEmployer)).toBeNull();
  });

  it("names the community's party organization once", () => {
    expect(partyOrgName(" 东湖社区 ")).toBe("中共东湖社区委员会");
    expect(partyOrgName("东湖社区党委")).toBe("东湖社区党委");
    expect(partyOrgName("中共东湖社区委员会")).toBe("中共东湖社区委员会");
  });

  it("adds and prints hours in tenths", () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect([2, 2.5, 10, 1.25].map(formatHours)).toEqual(["2", "2.5", "10", "1.3"]);
  });

  it("reads the frozen services back, dropping entries of another shape", () => {
    expect(
      parseServices([
        { title: "义诊", category: "AID", date: "2026-03-14", hours: "2" },
        { title: "清扫", date: "2026-04-01" },
        { title: 5, date: "2026-04-01" },
        null,
      ]),
    ).toEqual([
      { title: "义诊", category: "AID", date: "2026-03-14", hours: 2 },
      { title: "清扫", category: "", date: "2026-04-01", hours: 0 },
    ]);
    expect(parseServices("not a list")).toEqual([]);
  });
});
