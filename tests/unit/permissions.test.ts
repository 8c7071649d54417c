import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_HOME, ROLE_ORG_KIND, can, roleHas } from "@/lib/auth/permissions";

const ROLES = ["ADMIN", "SECRETARY", "MEMBER", "UNIT_ADMIN"] as const;
const actorAs = (role: (typeof ROLES)[number], vouched = true) => ({ active: { role, vouched } });

describe("permissions table", () => {
  it("gives each role exactly the permissions listed for it", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES) {
        expect(roleHas(role, permission as keyof typeof PERMISSIONS)).toBe((roles as readonly string[]).includes(role));
      }
    }
  });

  it("keeps organization management to street admins", () => {
    expect(can(actorAs("ADMIN"), "orgs.manage")).toBe(true);
    expect(can(actorAs("SECRETARY"), "orgs.manage")).toBe(false);
    expect(can(actorAs("MEMBER"), "orgs.manage")).toBe(false);
    expect(can(actorAs("UNIT_ADMIN"), "grants.manage")).toBe(false);
  });

  it("refuses everything to a visitor or a person with no active role", () => {
    expect(can(null, "self.view")).toBe(false);
    expect(can({ active: null }, "self.view")).toBe(false);
  });

  it("opens only the own application to a grant nobody has vouched for yet", () => {
    expect(can(actorAs("MEMBER", false), "self.application")).toBe(true);
    expect(can(actorAs("MEMBER", false), "self.edit")).toBe(true);
    for (const permission of ["self.view", "self.signup", "self.pledge", "self.ratings", "self.redeem"] as const) {
      expect(can(actorAs("MEMBER", false), permission)).toBe(false);
      expect(can(actorAs("MEMBER"), permission)).toBe(true);
    }
    expect(can(actorAs("UNIT_ADMIN", false), "unit.application")).toBe(true);
    for (const permission of ["unit.view", "unit.members", "unit.letters", "unitReports.submit"] as const) {
      expect(can(actorAs("UNIT_ADMIN", false), permission)).toBe(false);
      expect(can(actorAs("UNIT_ADMIN"), permission)).toBe(true);
    }
  });

  it("has a home page and an organization kind for every role", () => {
    for (const role of ROLES) {
      expect(ROLE_HOME[role]).toMatch(/^\/[a-z]+$/);
      expect(ROLE_ORG_KIND[role]).toBeTruthy();
    }
  });
});
