import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { byName } from "../natural-order.ts";

export type GetUnitApplicationOptions = { actor: Actor };

/**
 * What a unit admin sees while the street has not verified the unit: their own registration, its
 * state (waiting or turned down, with the reason) and the communities it reported to. Nothing else.
 */
export async function getUnitApplication({ actor }: GetUnitApplicationOptions) {
  const grant = authorize(actor, "unit.application");
  const [unit, reports] = await Promise.all([
    db().organization.findFirst({
      where: { id: grant.orgId, kind: "WORK_UNIT" },
      select: {
        name: true,
        partyBranchName: true,
        creditCode: true,
        address: true,
        contactName: true,
        contactPhone: true,
        createdAt: true,
        verifiedAt: true,
        rejectedAt: true,
        rejectReason: true,
        parent: { select: { name: true } },
      },
    }),
    db().unitReport.findMany({
      where: { unitId: grant.orgId },
      select: { id: true, status: true, community: { select: { name: true } } },
    }),
  ]);
  if (!unit) throw new NotFoundError();
  const street = grant.streetId
    ? await db().organization.findFirst({ where: { id: grant.streetId }, select: { name: true } })
    : null;
  return {
    unit: { ...unit, street: street?.name ?? null },
    state: unit.verifiedAt ? ("VERIFIED" as const) : unit.rejectedAt ? ("REJECTED" as const) : ("WAITING" as const),
    communities: reports.map((r) => ({ id: r.id, name: r.community.name, status: r.status })).sort(byName),
  };
}
