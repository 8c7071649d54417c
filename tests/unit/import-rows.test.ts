// Reading a roster file and parsing a unit's form rows: no database involved.
import { describe, expect, it } from "vitest";
import { parseRosterFile } from "@/lib/roster/parse-roster-file";
import type { XlsxReadStats } from "@/lib/roster/xlsx-rows";
import { registerUnitSchema, submitUnitReportSchema } from "@/lib/unit-portal/schema";
import { rosterXlsx } from "../support/roster-files";
import { repetitiveXlsx } from "../support/zip";

describe("reading a roster file", () => {
  it("parseRosterFile is pure: row numbers are the sheet's, empty rows are dropped and listed, cells are trimmed", async () => {
    const parsed = parseRosterFile(
      await rosterXlsx([
        { name: "  王 一 ", phone: "13800138000", building: "1号楼" },
        null,
        { name: "李二", phone: "13900139000", building: "2号楼" },
      ]),
      "a.xlsx",
    );
    expect(parsed.rows.map((r) => [r.row, r.cells[0], r.cells[2]])).toEqual([
      [2, "王 一", "13800138000"],
      [4, "李二", "13900139000"],
    ]);
    expect(parsed.layout.blankRows).toEqual([3]);
    expect(parsed.layout.headerRows).toEqual([1]);
  });
});

describe("a 2 MB file of 400,000 rows", () => {
  // building the 2 MB file takes seconds on a loaded 2-core machine (the limit it had in integration)
  it("is refused after reading the first rows past the 5,000-row limit, not parsed whole", { timeout: 60_000 }, () => {
    const data = repetitiveXlsx(["姓名", "手机号码", "楼栋"], "张三", 400_000);
    expect(data.byteLength).toBeLessThanOrEqual(2 * 1024 * 1024);
    const stats: XlsxReadStats = { inflatedBytes: 0, rowsSeen: 0 };
    let error: unknown;
    try {
      parseRosterFile(data, "big.xlsx", { stats });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ fieldErrors: { file: "rosterImport.errors.tooManyRows" } });
    // the header, 5,000 rows and the rows that may sit above a header: then it stops
    expect(stats.rowsSeen).toBeLessThanOrEqual(5011);
    // the sheet is ~16 MB of XML; a few per cent of it was inflated
    expect(stats.inflatedBytes).toBeLessThan(1_000_000);
  });
});

describe("parsing a unit's offer and registration", () => {
  const offer = (communityId: string, extra: Record<string, string> = {}) =>
    submitUnitReportSchema.parse({
      communityId,
      offerVenues: "党员活动室 1 间，周末可用",
      offerSkills: "法律咨询、义诊",
      contactName: "王主任",
      contactPhone: "0512-66668888",
      ...extra,
    });

  it("refuses a registration field by field", () => {
    const parsed = registerUnitSchema.safeParse({
      name: "",
      partyBranchName: "党支部",
      creditCode: "123",
      address: "",
      contactName: "张三",
      phone: "1234",
      password: "short",
    });
    expect(parsed.success).toBe(false);
    const keys = Object.fromEntries(parsed.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(keys).toEqual({
      name: "validation.required",
      creditCode: "validation.creditCode",
      address: "validation.required",
      phone: "validation.phone",
      password: "validation.passwordLength",
      communityIds: "unitReports.chooseCommunities",
      offers: "unitReports.offerRequired",
    });
  });

  it("splits skills into de-duplicated tags", () => {
    const input = offer("0195d7a0-0000-7000-8000-000000000000", { offerSkills: "法律咨询、义诊，法律咨询, 电脑维修；" });
    expect(input.offerSkills).toEqual(["法律咨询", "义诊", "电脑维修"]);
  });
});
