// Bodies Next would fail to decode (a 500 from inside the framework) are recognised before it
// sees them, so the proxy can answer 400 (found by the fuzz pass in tests/security).
import { describe, expect, it } from "vitest";
import { actionBodyKind, isWellFormedActionBody } from "@/lib/actions/action-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers: { "next-action": "7f00", ...headers } });

function multipart(parts: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(parts)) form.append(key, value);
  return form;
}

describe("server action bodies", () => {
  it("accepts what the browser sends: the previous state and a form", async () => {
    const body = multipart({ _1_title: "x", "0": '[{"ok":false,"values":{"a":"$$x"},"n":"$undefined"},"$K1"]' });
    expect(await isWellFormedActionBody(post(body), "fetch")).toBe(true);
    expect(await isWellFormedActionBody(post('[{"ok":false},"$D2026-01-01T00:00:00.000Z"]'), "fetch")).toBe(true);
  });

  it("refuses broken multipart, a root that is not JSON and references React would fail to resolve", async () => {
    const truncated = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[';
    const broken = post(truncated, { "content-type": "multipart/form-data; boundary=x" });
    expect(await isWellFormedActionBody(broken, "fetch")).toBe(false);
    expect(await isWellFormedActionBody(post("["), "fetch")).toBe(false);
    expect(await isWellFormedActionBody(post(multipart({ _1_title: "x" })), "fetch")).toBe(false);
    for (const reference of ["$1", "$@2", "$Q3", "$h4", "$F5", "$T", "$B6", "$nxyz", "$R7"]) {
      expect(await isWellFormedActionBody(post(JSON.stringify([{}, reference])), "fetch"), reference).toBe(false);
    }
    expect(await isWellFormedActionBody(post(JSON.stringify(new Array(200_000).fill(0))), "fetch")).toBe(false);
    expect(await isWellFormedActionBody(post(JSON.stringify(new Array(1001).fill(0))), "fetch")).toBe(false);
    expect(await isWellFormedActionBody(post(JSON.stringify([{ list: new Array(1001).fill(0) }, "$K1"])), "fetch")).toBe(true);
  });

  it("takes a form posted without JavaScript when it is well-formed multipart", async () => {
    const headers = new Headers({ "content-type": "multipart/form-data; boundary=x" });
    expect(actionBodyKind("POST", headers)).toBe("form");
    expect(actionBodyKind("GET", headers)).toBe(null);
    expect(actionBodyKind("POST", new Headers({ "content-type": "text/plain" }))).toBe(null);
    const form = new Request("http://localhost/x", { method: "POST", body: multipart({ $ACTION_ID_7f: "", title: "x" }) });
    expect(await isWellFormedActionBody(form, "form")).toBe(true);
    const broken = new Request("http://localhost/x", {
      method: "POST",
      body: "--x\r\nContent-Disposition: form-data",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await isWellFormedActionBody(broken, "form")).toBe(false);
  });
});
