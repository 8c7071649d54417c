// What `npm run bench` measures: the pages (as the role that uses them) and the framework floors.

/** role key → how to find the grant the `active_grant` cookie selects (organization from the manifest). */
export const ROLES = {
  secretary: { role: "SECRETARY", org: (m) => m.orgs.community.id },
  member: { role: "MEMBER", org: (m) => m.orgs.community.id },
  unitAdmin: { role: "UNIT_ADMIN", org: (m) => m.orgs.unit.id },
  admin: { role: "ADMIN", org: (m) => m.orgs.street.id },
};

export const PAGES = [
  {
    key: "roster",
    label: "Roster, largest community, filtered",
    role: "secretary",
    path: `/community/roster?status=ACTIVE&q=${encodeURIComponent("张")}`,
  },
  { key: "memberHome", label: "Member home", role: "member", path: "/me" },
  { key: "memberActivities", label: "Member activity list", role: "member", path: "/me/activities" },
  { key: "memberCard", label: "Member card (QR code)", role: "member", path: "/me/card" },
  { key: "unitDashboard", label: "Unit dashboard, largest work unit", role: "unitAdmin", path: "/unit" },
  { key: "councilList", label: "Council and consultations, largest community", role: "secretary", path: "/community/council" },
  { key: "memberCouncil", label: "Member council decisions (议事公开)", role: "member", path: "/me/council" },
  { key: "communityDashboard", label: "Community dashboard, largest community", role: "secretary", path: "/community" },
  { key: "streetDashboard", label: "Street dashboard, largest street", role: "admin", path: "/admin/dashboard" },
  { key: "memberNeeds", label: "Needs board (member)", role: "member", path: "/me/needs" },
  { key: "needsQueue", label: "Needs triage queue, largest community", role: "secretary", path: "/community/needs" },
  { key: "needsFigures", label: "Needs figures, largest community", role: "secretary", path: "/community/need-figures" },
  { key: "streetNeedsFigures", label: "Needs figures, largest street", role: "admin", path: "/admin/needs" },
];

/**
 * Framework floor: /login signed out renders through the same root layout, i18n and React as
 * every page but reads nothing from the database (no session cookie: no query). It is what any
 * page costs before its own data and markup. The static chunk is reported beside it as the pure
 * HTTP-server floor (no rendering at all).
 */
export const FRAMEWORK_FLOOR = { key: "login", label: "Framework floor: /login (signed out, no DB)", path: "/login" };
export const SERVER_FLOOR = { key: "static", label: "Server floor: static chunk" };

export const TARGETS = {
  p95Ms: 200,
  ratio: 3,
  stormP95Ms: 500,
  /** the storm over HTTP: p95 at most this many times the floor page's p95 for the same 500 requests */
  stormHttpRatio: 2,
  districtRatingMs: 30_000,
  lettersMs: 20_000,
  lettersMinMembers: 2000,
};
