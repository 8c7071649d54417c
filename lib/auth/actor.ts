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
  organization: { id: string; name: string; kind: OrgKind; streetId: string | null; communityId: string | null };
};

export function toGrant(row: GrantRow): Grant {
  return {
    id: row.id,
    role: row.role,
    orgId: row.organization.id,
    orgName: row.organization.name,
    orgKind: row.organization.kind,
    streetId: row.organization.streetId,
    communityId: row.organization.communityId,
  };
}

export function pickActiveGrant(grants: Grant[], preferredId: string | undefined): Grant | null {
  const preferred = grants.find((g) => g.id === preferredId);
  if (preferred) return preferred;
  const sorted = [...grants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return sorted[0] ?? null;
}
