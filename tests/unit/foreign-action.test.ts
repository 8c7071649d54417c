import { describe, expect, it } from "vitest";
import { isForeignActionRequest } from "@/lib/auth/foreign-action";

const action = (headers: Record<string, string>) => new Headers({ "next-action": "abc123", ...headers });

describe("server actions from another site", () => {
  it("refuses an Origin that is not the host (or the first forwarded host)", () => {
    expect(isForeignActionRequest(action({ host: "portal.example", origin: "https://evil.example" }))).toBe(true);
    expect(isForeignActionRequest(action({ host: "portal.example", origin: "null" }))).toBe(true);
    expect(isForeignActionRequest(action({ host: "portal.example", origin: "not a url" }))).toBe(true);
    expect(
      isForeignActionRequest(
        action({ host: "127.0.0.1:3000", "x-forwarded-host": "portal.example, proxy", origin: "https://evil.example" }),
      ),
    ).toBe(true);
  });

  it("checks a form posted without JavaScript (multipart, no Next-Action header) the same way", () => {
    const form = (origin: string) =>
      new Headers({ host: "localhost:3000", origin, "content-type": "multipart/form-data; boundary=x" });
    expect(isForeignActionRequest(form("https://evil.example"))).toBe(true);
    expect(isForeignActionRequest(form("http://localhost:3000"))).toBe(false);
  });

  it("lets same-site actions, actions without Origin and other requests through", () => {
    expect(isForeignActionRequest(action({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
    expect(
      isForeignActionRequest(
        action({ host: "127.0.0.1:3000", "x-forwarded-host": "portal.example", origin: "https://portal.example" }),
      ),
    ).toBe(false);
    expect(isForeignActionRequest(action({ host: "localhost:3000" }))).toBe(false);
    expect(isForeignActionRequest(new Headers({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(false);
  });
});
