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

/** The member's current confirmed link, kept when the employer typed is still that unit. */
type CurrentLink = { employerUnitId: string | null; employerLinkedAt: Date | null };

/**
 * The employer as typed is kept as text (with its party branch, required for in-service members
 * unless it names a registered unit). A verified unit of the street with exactly that name becomes
 * a suggested link only: nobody is linked to a unit by name alone (docs/decisions/060); the
 * secretary or the member confirms it. A confirmed link stays while the employer is unchanged.
 */
export async function resolveEmployer(
  tx: Tx,
  input: { kind: MemberKind; employerName?: string; employerBranch?: string },
  scope: { communityId: string; current?: CurrentLink | null },
) {
  const none = { employerUnitId: null, employerLinkedAt: null, suggestedUnitId: null };
  if (!input.employerName) return { ...none, employerName: null, employerBranch: null };
  const name = input.employerName.trim();
  const current = scope.current?.employerUnitId
    ? await tx.organization.findFirst({ where: { id: scope.current.employerUnitId }, select: { id: true, name: true } })
    : null;
  if (current && current.name === name && scope.current?.employerLinkedAt) {
    return {
      employerUnitId: current.id,
      employerLinkedAt: scope.current.employerLinkedAt,
      suggestedUnitId: null,
      employerName: null,
      employerBranch: null,
    };
  }
  const suggested = await suggestedUnitFor(tx, scope.communityId, name);
  if (!suggested && input.kind === "IN_SERVICE" && !input.employerBranch) {
    throw new UserFacingError("errors.checkForm", { employerBranch: "register.branchRequired" });
  }
  return { ...none, suggestedUnitId: suggested?.id ?? null, employerName: name, employerBranch: input.employerBranch ?? null };
}

/** The verified, active work unit of the community's street with exactly this name, if any. */
export async function suggestedUnitFor(tx: Tx, communityId: string, employerName: string) {
  const community = await tx.organization.findFirst({ where: { id: communityId }, select: { streetId: true } });
  if (!community?.streetId) return null;
  return tx.organization.findFirst({
    where: {
      kind: "WORK_UNIT",
      streetId: community.streetId,
      name: employerName,
      verifiedAt: { not: null },
      archivedAt: null,
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
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
    "employerLinkedAt",
    "suggestedUnitId",
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
