import { type Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { WorkUnitInput } from "./schema.ts";

export function fields(input: WorkUnitInput) {
  return {
    name: input.name,
    partyBranchName: input.partyBranchName,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    address: input.address ?? null,
    creditCode: input.creditCode ?? null,
    inArea: input.inArea,
  };
}

export async function assertUnique(tx: Tx, streetId: string, input: WorkUnitInput, exceptId?: string) {
  const clash = await tx.organization.findFirst({
    where: {
      kind: "WORK_UNIT",
      streetId,
      // a registration the street turned down does not hold the name (a squatter cannot block the real unit)
      rejectedAt: null,
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ name: input.name }, ...(input.creditCode ? [{ creditCode: input.creditCode }] : [])],
    },
    select: { name: true },
  });
  if (clash) {
    const field = clash.name === input.name ? "name" : "creditCode";
    throw new UserFacingError("errors.checkForm", {
      [field]: field === "name" ? "orgs.duplicateName" : "orgs.duplicateCreditCode",
    });
  }
}
