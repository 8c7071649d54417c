import { describe, expect, it } from "vitest";
import { diffClaim } from "@/lib/members/claim-changes";

describe("what a claim asks to change", () => {
  const entry = {
    name: "周晓东",
    room: "502",
    skills: ["法律咨询"],
    employerName: "东湖律所",
    willingness: null,
    status: "ACTIVE",
  };

  it("lists only the stated fields that differ, from the entry's value to the stated one", () => {
    expect(diffClaim(entry, { name: "周小东", room: "502", skills: ["法律咨询"], status: "PENDING" })).toEqual({
      name: { from: "周晓东", to: "周小东" },
    });
  });

  it("an empty statement asks to erase nothing; a new value where the entry had none is a change", () => {
    expect(diffClaim(entry, { skills: [], employerName: null, willingness: "周末巡逻" })).toEqual({
      willingness: { from: null, to: "周末巡逻" },
    });
  });
});
