import type { OrgKind } from "../generated/prisma/enums.ts";

/** What kind of organization sits directly under each kind in the street tree. */
export const CHILD_KIND: Partial<Record<OrgKind, OrgKind>> = {
  STREET: "COMMUNITY",
  COMMUNITY: "GRID",
  GRID: "BUILDING",
};

/** What kind of parent an organization may be moved under. Communities stay in their street. */
export const MOVABLE_UNDER: Partial<Record<OrgKind, OrgKind>> = {
  GRID: "COMMUNITY",
  BUILDING: "GRID",
};

/** Audit-friendly snapshot of an organization row. */
export function orgSnapshot(org: {
  kind: OrgKind;
  name: string;
  parentId: string | null;
  archivedAt: Date | null;
  [key: string]: unknown;
}) {
  const { kind, name, parentId, archivedAt, partyBranchName, contactName, contactPhone, address, creditCode, inArea } = org;
  return { kind, name, parentId, archivedAt, partyBranchName, contactName, contactPhone, address, creditCode, inArea };
}
