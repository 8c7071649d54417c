import type { OrgKind, Role } from "../generated/prisma/enums.ts";
import { ROLE_ORDER } from "./permissions.ts";

export type Grant = {
  id: string;
  role: Role;
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  streetId: string | null;
  communityId: string | null;
  /**
   * Someone answerable has vouched for this grant's standing: the community verified the member's
   * entry, the street verified the work unit (docs/decisions/060). Until then the grant opens only
   * the person's own application (`OPEN_BEFORE_VOUCHED` in permissions.ts).
   */
  vouched: boolean;
};

/** The signed-in person and the role they are acting in. Built on the server only. */
export type Actor = {
  userId: string;
  name: string;
  phone: string;
  grants: Grant[];
  active: Grant | null;
};

type GrantRow = {
  id: string;
  role: Role;
  organization: {
    id: string;
    name: string;
    kind: OrgKind;
    streetId: string | null;
    communityId: string | null;
    verifiedAt: Date | null;
  };
};

/** A member grant is vouched for by an ACTIVE entry in its community; a unit admin's by the unit's verification. */
function isVouched(row: GrantRow, activeCommunityIds: ReadonlySet<string>): boolean {
  if (row.role === "MEMBER") return activeCommunityIds.has(row.organization.id);
  if (row.role === "UNIT_ADMIN") return row.organization.verifiedAt !== null;
  return true;
}

export function toGrant(row: GrantRow, activeCommunityIds: ReadonlySet<string>): Grant {
  return {
    id: row.id,
    role: row.role,
    orgId: row.organization.id,
    orgName: row.organization.name,
    orgKind: row.organization.kind,
    streetId: row.organization.streetId,
    communityId: row.organization.communityId,
    vouched: isVouched(row, activeCommunityIds),
  };
}

export function pickActiveGrant(grants: Grant[], preferredId: string | undefined): Grant | null {
  const preferred = grants.find((g) => g.id === preferredId);
  if (preferred) return preferred;
  const sorted = [...grants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return sorted[0] ?? null;
}
