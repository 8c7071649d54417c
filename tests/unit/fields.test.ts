import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/execute";
import { formDataToObject } from "@/lib/actions/form-data";
import { parseRosterFilter } from "@/lib/roster/roster-filter";
import { parseUnitMemberFilter } from "@/lib/unit-portal/unit-member-filter";
import {
  decimal,
  idSchema,
  integer,
  localDate,
  localDateTime,
  optionalInteger,
  parseIdParam,
  parsePage,
  parseQueryText,
  repeated,
  requiredText,
  selectedId,
  yearField,
} from "@/lib/validation/fields";

const ID = "0194f5c2-7b1a-7c3e-9d2f-123456789abc";
const errorOf = (schema: z.ZodType, value: unknown) => {
  const result = z.object({ f: schema }).safeParse({ f: value });
  return result.success ? null : fieldErrorsOf(result.error).f;
};

describe("strict zod primitives", () => {
  it("reads whole numbers only when written plainly", () => {
    const points = integer(0, 100, "activities.pointsRange");
    expect(points.parse("16")).toBe(16);
    expect(points.parse("0")).toBe(0);
    expect(integer(-1000, 1000).parse("-5")).toBe(-5);
    for (const bad of ["0x10", "1e3", " 12 ", "+5", "1.0", "12abc", "Infinity", "NaN", "٣"]) {
      expect(points.safeParse(bad).success, bad).toBe(false);
    }
    expect(errorOf(points, "0x10")).toBe("validation.number");
    expect(errorOf(points, "1e3")).toBe("validation.number");
    expect(errorOf(points, "1.0")).toBe("validation.wholeNumber");
    expect(errorOf(points, "101")).toBe("activities.pointsRange");
    expect(errorOf(points, "")).toBe("validation.required");
    expect(errorOf(points, undefined)).toBe("validation.required");
    expect(errorOf(integer(1, 2000, "activities.capacityRange"), "1e3")).toBe("validation.number");
    expect(optionalInteger(1, 9).parse("")).toBeUndefined();
    expect(optionalInteger(1, 9).safeParse("0x1").success).toBe(false);
  });

  it("reads decimals plainly, in steps", () => {
    const hours = decimal(0, 24, { rangeKey: "activities.hoursRange", step: 0.5, stepKey: "activities.hoursStep" });
    expect(hours.parse("2.5")).toBe(2.5);
    expect(hours.parse("2")).toBe(2);
    expect(errorOf(hours, "2.3")).toBe("activities.hoursStep");
    expect(errorOf(hours, "25")).toBe("activities.hoursRange");
    for (const bad of ["1e1", "0x2", " 2", "2,5"]) expect(errorOf(hours, bad), bad).toBe("validation.number");
  });

  it("accepts ids that are uuids, and says 'not found' or 'choose one' otherwise", () => {
    expect(idSchema.parse(ID.toUpperCase())).toBe(ID);
    expect(errorOf(idSchema, "1")).toBe("errors.notFound");
    expect(errorOf(idSchema, `${ID}'--`)).toBe("errors.notFound");
    expect(errorOf(idSchema, undefined)).toBe("errors.notFound");
    expect(errorOf(selectedId, "abc")).toBe("validation.required");
    expect(parseIdParam(ID)).toBe(ID);
    expect(parseIdParam("x")).toBeUndefined();
  });

  it("refuses dates that do not exist instead of rolling them over", () => {
    expect(errorOf(localDateTime, "2027-02-30T09:00")).toBe("validation.noSuchDate");
    expect(errorOf(localDateTime, "tomorrow")).toBe("validation.dateTime");
    expect(localDateTime.parse("2027-02-28T09:00")).toEqual(new Date("2027-02-28T01:00:00Z"));
    expect(errorOf(localDate, "2027-02-30")).toBe("validation.noSuchDate");
    expect(localDate.parse("2027-03-01")).toEqual(new Date("2027-02-28T16:00:00Z"));
  });

  it("refuses NUL and other control characters in text, keeps line breaks", () => {
    expect(errorOf(requiredText(20), "张\u0000伟")).toBe("validation.controlCharacters");
    expect(errorOf(requiredText(20), "a\u001bb")).toBe("validation.controlCharacters");
    expect(requiredText(20).parse(" 第一行\n第二行 ")).toBe("第一行\n第二行");
    expect(parseQueryText("张\u0000伟")).toBe("张伟");
  });

  it("reads years with bounds, and repeated fields as lists", () => {
    const year = yearField({ min: 2000, max: 2100 });
    expect(year.parse("2026")).toBe(2026);
    for (const bad of ["2026.0", "02026", "1999", "2101", "2e3"]) expect(year.safeParse(bad).success, bad).toBe(false);
    const ids = repeated(selectedId, 3);
    expect(ids.parse(undefined)).toEqual([]);
    expect(ids.parse(ID)).toEqual([ID]);
    expect(errorOf(ids, [ID, "x"])).toBe("validation.required");
    expect(errorOf(ids, [ID, ID, ID, ID])).toBe("validation.tooMany");
  });

  it("clamps ?page= and never lets a malformed one through", () => {
    expect(parsePage("3")).toBe(3);
    for (const bad of ["1e99", "0", "-1", "abc", "", "1.5", "0x10", undefined]) expect(parsePage(bad), String(bad)).toBe(1);
    expect(parsePage("99999999")).toBe(10_000);
    expect(parsePage(["2", "3"])).toBe(2);
  });

  it("keeps NUL out of the search text of every list filter (PostgreSQL refuses it: a 500)", () => {
    // found by the fuzz pass (tests/security): ?q=a%00b answered 500 on the roster, its export,
    // the unit's member list and its export
    const params = { q: "张\u0000伟", page: "1e99" };
    expect(parseRosterFilter(params).q).toBe("张伟");
    expect(parseUnitMemberFilter(params).q).toBe("张伟");
    expect(parseRosterFilter({ q: ["王", "李"] }).q).toBe("王");
    expect(parseRosterFilter({ q: "\u0000" }).q).toBeUndefined();
    expect(parseRosterFilter({ q: "字".repeat(3000) }).q).toHaveLength(50);
  });
});

describe("form bodies", () => {
  it("keeps odd field names as own text values and drops files outside declared file fields", () => {
    const data = new FormData();
    data.append("__proto__", "x");
    data.append("__proto__", "y");
    data.append("constructor", "z");
    data.append("toString", "t");
    data.append("name", new File(["abc"], "a.txt"));
    const values = formDataToObject(data);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values).sort()).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(values, "__proto__")?.value).toEqual(["x", "y"]);
    expect(values.constructor).toBe("z");
    expect(JSON.parse(JSON.stringify(values))).toMatchObject({ constructor: "z", toString: "t" });
    const withFile = formDataToObject(data, ["name"]);
    expect(withFile.name).toBeInstanceOf(File);
  });
});
