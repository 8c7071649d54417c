import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

/** Where a browser on our site would end up after a redirect to `location`. */
function landing(location: string) {
  return new URL(location, "https://portal.example.gov.cn/login").origin;
}

describe("the return path after sign-in (issue 13.5)", () => {
  it.each(["/community/roster?page=2", "/me", "/me/activities#next", "/verify/ABCD-1234"])(
    "keeps a path on this site: %s",
    (value) => {
      expect(safeReturnPath(value)).toBe(value);
    },
  );

  it.each([
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/\t\\evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " /evil",
    "\t//evil.example",
    "",
  ])("refuses anything that leaves the site: %j", (value) => {
    const result = safeReturnPath(value);
    expect(landing(result)).toBe("https://portal.example.gov.cn");
    expect(result.startsWith("/") && !result.startsWith("//") && !result.startsWith("/\\")).toBe(true);
  });

  it("refuses the decoded forms of encoded tricks (the form field holds the decoded query value)", () => {
    for (const encoded of ["/%09/evil.example/", "/%0a/evil.example/", "/%5Cevil.example", "%2F%2Fevil.example", "/%5C%5Cevil"]) {
      const decoded = decodeURIComponent(encoded);
      expect(landing(safeReturnPath(decoded))).toBe("https://portal.example.gov.cn");
      // kept encoded, it is just an odd path on this site
      expect(landing(safeReturnPath(encoded))).toBe("https://portal.example.gov.cn");
    }
    expect(safeReturnPath(decodeURIComponent("/%09/evil.example/"))).toBe("/");
  });

  it("refuses what is not text", () => {
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath(new File([], "x"))).toBe("/");
  });
});
