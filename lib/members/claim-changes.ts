/** The fields of a roster entry a member states at registration; on a claimed entry they become a change request. */
export const CLAIMABLE_FIELDS = [
  "name",
  "gender",
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
] as const;

export type ClaimableField = (typeof CLAIMABLE_FIELDS)[number];
export type ClaimValue = string | string[] | null;
export type FieldChange = { from: ClaimValue; to: ClaimValue };
export type ProposedChanges = Partial<Record<ClaimableField, FieldChange>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What the member said that differs from the entry the community keeps. */
export function diffClaim(entry: Record<string, unknown>, stated: Record<string, unknown>): ProposedChanges {
  const changes: ProposedChanges = {};
  for (const field of CLAIMABLE_FIELDS) {
    if (!(field in stated)) continue;
    // an empty statement ("no skills given") does not ask to erase what the community recorded
    const to = stated[field];
    if (to === null || to === undefined || (Array.isArray(to) && to.length === 0)) continue;
    if (!same(entry[field], to)) changes[field] = { from: (entry[field] ?? null) as ClaimValue, to: to as ClaimValue };
  }
  return changes;
}
