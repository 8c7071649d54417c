// Found by the fuzz pass (tests/security): `/verify/%E0%A4%A` answered 500.
import { describe, expect, it } from "vitest";
import { isDecodablePath } from "@/lib/request-path";

describe("request paths", () => {
  it("refuses a path whose percent-escapes are not UTF-8", () => {
    expect(isDecodablePath("/verify/%E0%A4%A")).toBe(false);
    expect(isDecodablePath("/community/members/%FF")).toBe(false);
    expect(isDecodablePath("/verify/%")).toBe(false);
  });

  it("takes ordinary and properly escaped paths", () => {
    expect(isDecodablePath("/community/members/0190a3c4-0000-7000-8000-000000000001")).toBe(true);
    expect(isDecodablePath("/verify/%E4%B8%AD")).toBe(true);
    expect(isDecodablePath("/a%2Fb")).toBe(true);
  });
});
