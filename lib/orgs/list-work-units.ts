import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

const PAGE_SIZE = 50;

export async function listWorkUnits(options: { actor: Actor; query?: string; includeArchived?: boolean; page?: number }) {
  const street = authorize(options.actor, "orgs.view");
  const page = Math.max(1, options.page ?? 1);
  const query = options.query?.trim();
  const where = {
    kind: "WORK_UNIT" as const,
    streetId: street.orgId,
    ...(options.includeArchived ? {} : { archivedAt: null }),
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
  const [units, total] = await Promise.all([
    db().organization.findMany({
      where,
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
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
        _count: { select: { employees: { where: { status: "ACTIVE" } } } },
      },
    }),
    db().organization.count({ where }),
  ]);
  return { units, total, page, pageSize: PAGE_SIZE };
}

export async function getWorkUnit(options: { actor: Actor; id: string }) {
  const street = authorize(options.actor, "orgs.view");
  const unit = await db().organization.findFirst({
    where: { id: assertId(options.id), kind: "WORK_UNIT", streetId: street.orgId },
  });
  if (!unit) throw new NotFoundError();
  return unit;
}
