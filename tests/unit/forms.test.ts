import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { fieldErrorsOf } from "@/lib/actions/execute";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { signInSchema } from "@/lib/auth/schema";
import { workUnitSchema } from "@/lib/orgs/schema";

describe("form helpers", () => {
  it("turns repeated FormData keys into lists and drops Next's action fields", () => {
    const data = new FormData();
    data.append("skill", "法律咨询");
    data.append("skill", "理发");
    data.append("name", "张伟");
    data.append("$ACTION_ID_abc", "");
    expect(formDataToObject(data)).toEqual({ skill: ["法律咨询", "理发"], name: "张伟" });
  });

  it("reports phone errors as message keys", () => {
    const result = signInSchema.safeParse({ phone: "1234", password: "" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ phone: "validation.phone", password: "validation.required" });
  });

  it("accepts a valid credit code in lower case and rejects a malformed one", () => {
    const base = { name: "华信科技有限公司", partyBranchName: "华信科技党支部" };
    const ok = workUnitSchema.safeParse({ ...base, creditCode: "91330106ma2h0abc1x" });
    expect(ok.success && ok.data.creditCode).toBe("91330106MA2H0ABC1X");
    const bad = workUnitSchema.safeParse({ ...base, creditCode: "12345" });
    expect(bad.success).toBe(false);
    expect(fieldErrorsOf(bad.error!)).toEqual({ creditCode: "validation.creditCode" });
  });

  it("treats empty optional fields as absent and an unticked checkbox as false", () => {
    const parsed = workUnitSchema.parse({ name: "市图书馆", partyBranchName: "市图书馆党支部", contactPhone: "", address: "  " });
    expect(parsed).toMatchObject({ contactPhone: undefined, address: undefined, inArea: false });
  });

  it("takes the client address from the last X-Forwarded-For hop", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "10.0.0.9, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
  });
});

describe("return path after sign-in", () => {
  it("follows only same-site paths", async () => {
    const { safeReturnPath } = await import("@/lib/auth/return-path");
    expect(safeReturnPath("/admin/users?q=1")).toBe("/admin/users?q=1");
    expect(safeReturnPath("//evil.example/x")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });
});
