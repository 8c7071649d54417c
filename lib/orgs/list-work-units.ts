import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { countsById } from "../count-children.ts";
import { db } from "../db.ts";

const PAGE_SIZE = 50;

export type ListWorkUnitsOptions = {
  actor: Actor;
  input?: { query?: string; includeArchived?: boolean; page?: number; awaitingVerification?: boolean };
};

/** Registered by themselves and neither verified nor turned down by the street yet. */
const AWAITING = { verifiedAt: null, rejectedAt: null } as const;

export async function listWorkUnits({ actor, input = {} }: ListWorkUnitsOptions) {
  const street = authorize(actor, "orgs.view");
  const page = Math.max(1, input.page ?? 1);
  const query = input.query?.trim();
  const where = {
    kind: "WORK_UNIT" as const,
    streetId: street.orgId,
    ...(input.includeArchived ? {} : { archivedAt: null }),
    ...(input.awaitingVerification ? AWAITING : {}),
    ...(query
      ? {
          OR: [
            { name: { contains: query } },
            { partyBranchName: { contains: query } },
            { creditCode: { contains: query.toUpperCase() } },
          ],
        }
      : {}),
  };
  const [listed, total, awaiting] = await Promise.all([
    db().organization.findMany({
      where,
      orderBy: [
        { archivedAt: { sort: "asc", nulls: "first" } },
        { verifiedAt: { sort: "asc", nulls: "first" } },
        { name: "asc" },
      ],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        partyBranchName: true,
        contactName: true,
        contactPhone: true,
        inArea: true,
        archivedAt: true,
        verifiedAt: true,
        rejectedAt: true,
      },
    }),
    db().organization.count({ where }),
    db().organization.count({ where: { kind: "WORK_UNIT", streetId: street.orgId, archivedAt: null, ...AWAITING } }),
  ]);
  const employeeCount = countsById(
    await db().member.groupBy({
      by: ["employerUnitId"],
      where: { employerUnitId: { in: listed.map((u) => u.id) }, status: "ACTIVE" },
      _count: { _all: true },
    }),
    "employerUnitId",
  );
  const units = listed.map((u) => ({ ...u, _count: { employees: employeeCount(u.id) } }));
  return { units, total, awaiting, page, pageSize: PAGE_SIZE };
}
