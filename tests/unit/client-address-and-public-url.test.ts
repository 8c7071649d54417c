import { describe, expect, it } from "vitest";
import { clientAddressFrom, pinClientAddress } from "@/lib/auth/client-address";
import { isHttpsOn } from "@/lib/auth/https";
import { publicUrlOn } from "@/lib/public-url";

const headers = (forwardedFor?: string) => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {});

describe("the client address for throttling (issue 13.11)", () => {
  it("without a trusted proxy replaces whatever the client claimed by the connection's address", () => {
    const request = { headers: { "x-forwarded-for": "203.0.113.7, 198.51.100.1" }, socket: { remoteAddress: "192.0.2.44" } };
    pinClientAddress(request, 0);
    expect(request.headers["x-forwarded-for"]).toBe("192.0.2.44");
    expect(clientAddressFrom(headers(request.headers["x-forwarded-for"]), 0)).toBe("192.0.2.44");
  });

  it("behind trusted proxies takes the address the outermost proxy appended, not what the client wrote", () => {
    const request = { headers: { "x-forwarded-for": "203.0.113.7, 192.0.2.44" }, socket: { remoteAddress: "10.0.0.2" } };
    pinClientAddress(request, 1);
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.7, 192.0.2.44");
    expect(clientAddressFrom(headers("203.0.113.7, 192.0.2.44"), 1)).toBe("192.0.2.44");
    expect(clientAddressFrom(headers("203.0.113.7, 192.0.2.44, 10.0.0.9"), 2)).toBe("192.0.2.44");
    expect(clientAddressFrom(headers("192.0.2.44"), 2)).toBe("192.0.2.44");
  });

  it("answers something stable when there is nothing to go by", () => {
    expect(clientAddressFrom(headers(), 0)).toBe("unknown");
    const request: { headers: Record<string, string | undefined> } = { headers: { "x-forwarded-for": "203.0.113.7" } };
    pinClientAddress(request, 0);
    expect(request.headers["x-forwarded-for"]).toBeUndefined();
  });
});

describe("links printed on QR codes and letters (issue 13.11)", () => {
  const forged = new Request("http://portal.local:3000/community/letters", {
    headers: { host: "portal.local:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });

  it("use the configured public URL", () => {
    expect(publicUrlOn("https://dj.example.gov.cn", "/verify/AB12", forged)).toBe("https://dj.example.gov.cn/verify/AB12");
  });

  it("without one use the Host the request was sent to, never X-Forwarded-Host", () => {
    expect(publicUrlOn(undefined, "/verify/AB12", forged)).toBe("http://portal.local:3000/verify/AB12");
  });
});

describe("cookies over https (issue 13.11)", () => {
  it("are Secure when the public URL is https or the request came over TLS", () => {
    expect(isHttpsOn("https://dj.example.gov.cn", new Headers())).toBe(true);
    expect(isHttpsOn(undefined, new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsOn(undefined, new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsOn("http://localhost:3000", new Headers())).toBe(false);
  });
});
