import type { Tx } from "../db.ts";
import type { MemberKind } from "../generated/prisma/enums.ts";
import { UserFacingError } from "../errors.ts";

/** The building must be in the grid, and the grid in the community; all active. */
export async function resolveResidence(tx: Tx, communityId: string, gridId: string, buildingId: string) {
  const building = await tx.organization.findFirst({
    where: { id: buildingId, kind: "BUILDING", parentId: gridId, communityId, archivedAt: null },
    select: { id: true, parentId: true },
  });
  if (!building) throw new UserFacingError("errors.checkForm", { buildingId: "register.badBuilding" });
  return { communityId, gridId, buildingId };
}

/**
 * An employer typed with the exact name of a registered work unit is linked to it; any other
 * employer is kept as text with its party branch, which is then required for in-service members.
 */
export async function resolveEmployer(tx: Tx, input: { kind: MemberKind; employerName?: string; employerBranch?: string }) {
  if (!input.employerName) return { employerUnitId: null, employerName: null, employerBranch: null };
  const unit = await tx.organization.findFirst({
    where: { kind: "WORK_UNIT", name: input.employerName, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (unit) return { employerUnitId: unit.id, employerName: null, employerBranch: null };
  if (input.kind === "IN_SERVICE" && !input.employerBranch) {
    throw new UserFacingError("errors.checkForm", { employerBranch: "register.branchRequired" });
  }
  return { employerUnitId: null, employerName: input.employerName, employerBranch: input.employerBranch ?? null };
}

/** What the audit log keeps of a roster entry. */
export function memberSnapshot(member: Record<string, unknown>) {
  const keys = [
    "name",
    "gender",
    "phone",
    "communityId",
    "gridId",
    "buildingId",
    "room",
    "kind",
    "employerUnitId",
    "employerName",
    "employerBranch",
    "position",
    "skills",
    "interests",
    "availability",
    "willingness",
    "status",
    "rejectReason",
    "isCenterHousehold",
    "isCouncilMember",
    "isBuildingLeader",
    "badgeNumber",
    "movedOutAt",
  ];
  return Object.fromEntries(keys.filter((k) => k in member).map((k) => [k, member[k]]));
}
