// Years and days cut at midnight in Beijing, and the year parameters that pages accept.
import { describe, expect, it } from "vitest";
import { anyYear, localDay as beijingDay, parseYear, yearRange } from "@/lib/time";
import { parseUnitMemberFilter, unitMemberQuery } from "@/lib/unit-portal/unit-member-filter";

const bj = (local: string) => new Date(`${local}+08:00`);

describe("Beijing calendar helpers", () => {
  /** mid-June 2025, late in the evening in Beijing */
  const NOW = bj("2025-06-15T23:30:00");

  it("cut years and days at midnight in Beijing, not UTC", () => {
    expect(beijingDay(new Date("2025-06-15T16:10:00Z"))).toBe("2025-06-16");
    expect(parseYear("2024", anyYear(NOW))).toBe(2024);
    expect(parseYear("abc", anyYear(NOW))).toBe(2025);
    expect(parseYear(undefined, anyYear(new Date("2025-12-31T16:30:00Z")))).toBe(2026);
  });
});

describe("the unit portal's member filter", () => {
  const NOW = bj("2026-11-26T12:00:00");
  const filterOf = (params: Record<string, string> = {}) => parseUnitMemberFilter(params, NOW);

  it("year bounds are Beijing midnight", () => {
    expect(yearRange(2026)).toEqual({
      year: 2026,
      start: new Date("2025-12-31T16:00:00Z"),
      end: new Date("2026-12-31T16:00:00Z"),
    });
    expect(filterOf({ year: "1999" }).year).toBe(2026);
    expect(filterOf({ year: "abc" }).year).toBe(2026);
    expect(filterOf({ year: "2025" }).year).toBe(2025);
  });

  it("keeps filters in a canonical query string", () => {
    const filter = filterOf({
      status: "ACTIVE",
      served: "never",
      page: "1",
      year: "2026",
      bogus: "x",
      communityId: "not-a-uuid",
    });
    expect(unitMemberQuery({ ...filter, page: undefined }, NOW)).toBe("status=ACTIVE&served=never&sort=name&dir=asc");
    expect(unitMemberQuery({ ...filterOf({ year: "2025" }), page: undefined }, NOW)).toBe("sort=name&dir=asc&year=2025");
  });
});
