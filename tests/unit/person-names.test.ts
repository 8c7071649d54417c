import { describe, expect, it } from "vitest";
import { normalizePersonName } from "@/lib/members/person-name";
import { PERSON_NAME_SAMPLES as SAMPLES } from "../support/person-name-samples";

describe("one name normalizer", () => {
  it("folds full-width forms, drops invisible characters and padding inside Chinese names, keeps one space between words", () => {
    for (const [typed, stored] of SAMPLES) expect(normalizePersonName(typed), JSON.stringify(typed)).toBe(stored);
  });
});
