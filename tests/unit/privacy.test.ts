import { describe, expect, it } from "vitest";
import type { Actor, Grant } from "@/lib/auth/actor";
import { maskPhone, phoneFor } from "@/lib/privacy/phone";

const grant = (role: Grant["role"], orgId: string): Grant => ({
  id: `g-${role}-${orgId}`,
  role,
  orgId,
  orgName: "",
  orgKind: "COMMUNITY",
  streetId: null,
  communityId: null,
  vouched: true,
});
const actor = (userId: string, active: Grant): Actor => ({ userId, name: "", phone: "", grants: [active], active });
const member = { communityId: "community-a", userId: "member-user", phone: "13812345678" };

describe("phone privacy", () => {
  it("masks the middle four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });

  it("shows the full number to the member and to their community's secretaries only", () => {
    expect(phoneFor(actor("member-user", grant("MEMBER", "community-a")), member)).toBe("13812345678");
    expect(phoneFor(actor("s1", grant("SECRETARY", "community-a")), member)).toBe("13812345678");
    expect(phoneFor(actor("s2", grant("SECRETARY", "community-b")), member)).toBe("138****5678");
    expect(phoneFor(actor("u1", grant("UNIT_ADMIN", "unit-x")), member)).toBe("138****5678");
    expect(phoneFor(actor("a1", grant("ADMIN", "street")), member)).toBe("138****5678");
    expect(phoneFor(actor("m2", grant("MEMBER", "community-a")), member)).toBe("138****5678");
  });
});
