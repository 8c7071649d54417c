import { describe, expect, it } from "vitest";
import {
  anyYear,
  currentYear,
  localDay,
  localYear,
  parseLocalDate,
  parseLocalDateTime,
  parseYear,
  startOfLocalDay,
  toLocalInput,
  yearRange,
} from "@/lib/time";

const utc = (iso: string) => new Date(iso);

describe("the one calendar (Beijing, UTC+8)", () => {
  it("turns the year at Beijing midnight, eight hours before UTC", () => {
    // 2025-12-31 23:59:59.999 in Beijing is still 2025; one millisecond later it is 2026
    expect(localYear(utc("2025-12-31T15:59:59.999Z"))).toBe(2025);
    expect(localYear(utc("2025-12-31T16:00:00.000Z"))).toBe(2026);
    // New Year's Day 07:59 in Beijing is still Dec 31 in UTC
    expect(currentYear(utc("2025-12-31T23:59:00Z"))).toBe(2026);
    expect(localDay(utc("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
    expect(localDay(utc("2025-12-31T15:59:59Z"))).toBe("2025-12-31");
    expect(localDay(utc("2025-06-15T16:10:00Z"))).toBe("2025-06-16");
  });

  it("bounds a year and a day by Beijing midnights", () => {
    expect(yearRange(2025)).toEqual({ year: 2025, start: utc("2024-12-31T16:00:00Z"), end: utc("2025-12-31T16:00:00Z") });
    expect(yearRange(2026)).toEqual({ year: 2026, start: utc("2025-12-31T16:00:00Z"), end: utc("2026-12-31T16:00:00Z") });
    expect(startOfLocalDay(utc("2026-01-01T03:00:00Z"))).toEqual(utc("2025-12-31T16:00:00Z"));
    expect(startOfLocalDay(utc("2025-12-31T15:00:00Z"))).toEqual(utc("2025-12-30T16:00:00Z"));
  });

  it("reads datetime-local values as Beijing time and refuses days that do not exist", () => {
    expect(parseLocalDateTime("2026-01-01T00:00")).toEqual(utc("2025-12-31T16:00:00Z"));
    expect(parseLocalDateTime("2025-12-31T23:59")).toEqual(utc("2025-12-31T15:59:00Z"));
    expect(toLocalInput(utc("2025-12-31T16:00:00Z"))).toBe("2026-01-01T00:00");
    expect(parseLocalDateTime("2027-02-30T09:00")).toBeNull();
    expect(parseLocalDateTime("2027-02-29T09:00")).toBeNull();
    expect(parseLocalDateTime("2028-02-29T09:00")).toEqual(utc("2028-02-29T01:00:00Z"));
    expect(parseLocalDateTime("2026-12-01T24:00")).toBeNull();
    expect(parseLocalDateTime("2026-13-01T09:00")).toBeNull();
    expect(parseLocalDateTime("2026-12-01 09:00")).toBeNull();
    expect(parseLocalDate("2027-02-30")).toBeNull();
    expect(parseLocalDate("2026-12-31")).toEqual(utc("2026-12-30T16:00:00Z"));
  });

  it("parses ?year= with explicit bounds and one fallback", () => {
    const bounds = { min: 2020, max: 2027, fallback: 2026 };
    expect(parseYear("2020", bounds)).toBe(2020);
    expect(parseYear("2027", bounds)).toBe(2027);
    expect(parseYear("2019", bounds)).toBe(2026);
    expect(parseYear("2028", bounds)).toBe(2026);
    for (const bad of ["", "abc", "2024.0", " 2024", "2e3", "0x7e8", "+2024", "20245", undefined]) {
      expect(parseYear(bad, bounds)).toBe(2026);
    }
    expect(parseYear(["2024", "2025"], bounds)).toBe(2024);
    expect(parseYear("abc", { ...bounds, fallback: undefined })).toBeUndefined();
    // the default year is Beijing's: half past midnight on Jan 1 is already the new year
    expect(anyYear(utc("2025-12-31T16:30:00Z")).fallback).toBe(2026);
    expect(anyYear(utc("2025-12-31T15:30:00Z")).fallback).toBe(2025);
  });
});
