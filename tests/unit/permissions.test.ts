import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_HOME, ROLE_ORG_KIND, can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = ["ADMIN", "SECRETARY", "MEMBER", "UNIT_ADMIN"] as const satisfies readonly Role[];

// Written out by hand, not derived from lib/auth/permissions.ts: a change to who may do what has
// to be made twice, here and there, on purpose. Columns: ADMIN, SECRETARY, MEMBER, UNIT_ADMIN.
const Y = true;
const _ = false;
// prettier-ignore
const EXPECTED: Record<Permission, readonly [boolean, boolean, boolean, boolean]> = {
  //                        ADMIN SECR  MEMB  UNIT
  "orgs.view":            [Y,    _,    _,    _],
  "orgs.manage":          [Y,    _,    _,    _],
  "units.manage":         [Y,    _,    _,    _],
  "units.verify":         [Y,    _,    _,    _],
  "grants.manage":        [Y,    _,    _,    _],
  "audit.view":           [Y,    _,    _,    _],
  "sms.outbox":           [Y,    _,    _,    _],
  "dashboard.street":     [Y,    _,    _,    _],
  "posters.print":        [Y,    Y,    _,    _],
  "needs.street":         [Y,    _,    _,    _],
  "needs.manage":         [_,    Y,    _,    _],
  "needs.record":         [_,    Y,    _,    _],
  "community.view":       [_,    Y,    _,    _],
  "roster.view":          [_,    Y,    _,    _],
  "roster.edit":          [_,    Y,    _,    _],
  "roster.verify":        [_,    Y,    _,    _],
  "roster.import":        [_,    Y,    _,    _],
  "roster.export":        [_,    Y,    _,    _],
  "unitReports.decide":   [_,    Y,    _,    _],
  "unitLinks.confirm":    [_,    Y,    _,    _],
  "menu.manage":          [_,    Y,    _,    _],
  "activities.manage":    [_,    Y,    _,    _],
  "attendance.manage":    [_,    Y,    _,    _],
  "points.manage":        [_,    Y,    _,    _],
  "ratings.manage":       [_,    Y,    _,    _],
  "letters.manage":       [_,    Y,    _,    _],
  "timebank.manage":      [_,    Y,    _,    _],
  "dashboard.community":  [_,    Y,    _,    _],
  "self.application":     [_,    _,    Y,    _],
  "self.view":            [_,    _,    Y,    _],
  "self.edit":            [_,    _,    Y,    _],
  "self.pledge":          [_,    _,    Y,    _],
  "self.signup":          [_,    _,    Y,    _],
  "self.ratings":         [_,    _,    Y,    _],
  "self.redeem":          [_,    _,    Y,    _],
  "self.needs":           [_,    _,    Y,    _],
  "unit.application":     [_,    _,    _,    Y],
  "unit.view":            [_,    _,    _,    Y],
  "unitReports.submit":   [_,    _,    _,    Y],
  "unit.members":         [_,    _,    _,    Y],
  "unit.letters":         [_,    _,    _,    Y],
  "unit.needs":           [_,    _,    _,    Y],
};

const actorAs = (role: Role, vouched = true) => ({ active: { role, vouched } });

describe("permissions table", () => {
  it("lists exactly the permissions of the table written here", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(ROLES.map((role, column) => ({ role, column })))("$role", ({ role, column }) => {
    it.each(Object.entries(EXPECTED) as [Permission, readonly boolean[]][])("%s", (permission, row) => {
      expect(can(actorAs(role), permission)).toBe(row[column]);
    });
  });

  it("opens only the own application to a grant nobody has vouched for yet (decision 060)", () => {
    expect(can(actorAs("MEMBER", false), "self.application")).toBe(true);
    expect(can(actorAs("MEMBER", false), "self.edit")).toBe(true);
    for (const permission of ["self.view", "self.signup", "self.pledge", "self.ratings", "self.redeem"] as const) {
      expect(can(actorAs("MEMBER", false), permission)).toBe(false);
    }
    expect(can(actorAs("UNIT_ADMIN", false), "unit.application")).toBe(true);
    for (const permission of ["unit.view", "unit.members", "unit.letters", "unitReports.submit"] as const) {
      expect(can(actorAs("UNIT_ADMIN", false), permission)).toBe(false);
    }
  });

  it("refuses everything to a visitor or a person with no active role", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(can(null, permission)).toBe(false);
      expect(can({ active: null }, permission)).toBe(false);
    }
  });

  it("sends each role home and grants it on one kind of organization", () => {
    expect(ROLE_HOME).toEqual({ ADMIN: "/admin", SECRETARY: "/community", MEMBER: "/me", UNIT_ADMIN: "/unit" });
    expect(ROLE_ORG_KIND).toEqual({ ADMIN: "STREET", SECRETARY: "COMMUNITY", MEMBER: "COMMUNITY", UNIT_ADMIN: "WORK_UNIT" });
  });
});
