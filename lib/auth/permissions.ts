import type { Role } from "../generated/prisma/enums.ts";

/**
 * The one permissions table: permission → roles that hold it.
 * Every page and action asks `can(actor, permission)`; nothing else compares roles.
 */
export const PERMISSIONS = {
  "orgs.view": ["ADMIN"],
  "orgs.manage": ["ADMIN"],
  "units.manage": ["ADMIN"],
  "units.verify": ["ADMIN"],
  "grants.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  /** the console SMS provider's outbox (embedded demo only): codes in clear */
  "sms.outbox": ["ADMIN"],
  "community.view": ["SECRETARY"],
  "roster.view": ["SECRETARY"],
  "roster.edit": ["SECRETARY"],
  "roster.verify": ["SECRETARY"],
  "roster.import": ["SECRETARY"],
  "roster.export": ["SECRETARY"],
  "unitReports.decide": ["SECRETARY"],
  "unitLinks.confirm": ["SECRETARY"],
  "menu.manage": ["SECRETARY"],
  "activities.manage": ["SECRETARY"],
  "attendance.manage": ["SECRETARY"],
  "points.manage": ["SECRETARY"],
  "ratings.manage": ["SECRETARY"],
  "letters.manage": ["SECRETARY"],
  "timebank.manage": ["SECRETARY"],
  "dashboard.community": ["SECRETARY"],
  "dashboard.street": ["ADMIN"],
  /** a community's registration poster: the secretary's own, the street admin's for any community of the street */
  "posters.print": ["ADMIN", "SECRETARY"],
  /** residents' needs: triage, dispatch, record answers, close (社区派单) */
  "needs.manage": ["SECRETARY"],
  /** record a need on a resident's behalf (上门收集); building group leaders too, checked in the use case */
  "needs.record": ["SECRETARY"],
  /** the street's needs figures across its communities */
  "needs.street": ["ADMIN"],
  "self.application": ["MEMBER"],
  "self.view": ["MEMBER"],
  "self.edit": ["MEMBER"],
  "self.pledge": ["MEMBER"],
  "self.signup": ["MEMBER"],
  "self.ratings": ["MEMBER"],
  "self.redeem": ["MEMBER"],
  /** the needs board: claim, progress, done, hand back (党员接单) */
  "self.needs": ["MEMBER"],
  "unit.application": ["UNIT_ADMIN"],
  "unit.view": ["UNIT_ADMIN"],
  "unitReports.submit": ["UNIT_ADMIN"],
  "unit.members": ["UNIT_ADMIN"],
  "unit.letters": ["UNIT_ADMIN"],
  /** the unit's monthly task list of dispatched needs: assign its members, report completion */
  "unit.needs": ["UNIT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleHas(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * What a grant nobody has vouched for yet opens (a pending or returned member, a unit the street has
 * not verified): the person's own application and its corrections, nothing of the community or the
 * unit's members (docs/decisions/060).
 */
export const OPEN_BEFORE_VOUCHED: readonly Permission[] = ["self.application", "self.edit", "unit.application"];

export function can(actor: { active: { role: Role; vouched: boolean } | null } | null, permission: Permission): boolean {
  const active = actor?.active;
  if (!active || !roleHas(active.role, permission)) return false;
  return active.vouched || OPEN_BEFORE_VOUCHED.includes(permission);
}

/** The role holds the permission, but only once someone vouches for the grant. */
export function awaitsVouching(actor: { active: { role: Role; vouched: boolean } | null } | null, permission: Permission) {
  const active = actor?.active;
  return !!active && !active.vouched && roleHas(active.role, permission);
}

/** Where each role lands after sign-in or a role switch. */
export const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/admin",
  SECRETARY: "/community",
  MEMBER: "/me",
  UNIT_ADMIN: "/unit",
};

/** Which kind of organization a role is granted on. */
export const ROLE_ORG_KIND = {
  ADMIN: "STREET",
  SECRETARY: "COMMUNITY",
  MEMBER: "COMMUNITY",
  UNIT_ADMIN: "WORK_UNIT",
} as const satisfies Record<Role, string>;

/** Order used to pick the default role of a person who holds several. */
export const ROLE_ORDER: Role[] = ["ADMIN", "SECRETARY", "UNIT_ADMIN", "MEMBER"];
