import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import type { Prisma } from "../db.ts";
import { normalizePersonName } from "../members/person-name.ts";

const PAGE_SIZE = 50;

/** People holding a role on an organization of the admin's street. */
export async function listUsers(options: { actor: Actor; query?: string; page?: number }) {
  const street = authorize(options.actor, "grants.manage");
  const page = Math.max(1, options.page ?? 1);
  const query = options.query ? normalizePersonName(options.query) : undefined;
  const inStreet = { organization: { streetId: street.orgId } };
  const where: Prisma.UserWhereInput = {
    grants: { some: inStreet },
    ...(query ? { OR: [{ name: { contains: query } }, { phone: { contains: query } }] } : {}),
  };
  const [users, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: { createdAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        phone: true,
        grants: {
          where: inStreet,
          orderBy: { createdAt: "asc" },
          select: { id: true, role: true, organization: { select: { name: true, kind: true } } },
        },
      },
    }),
    db().user.count({ where }),
  ]);
  return { users, total, page, pageSize: PAGE_SIZE };
}

/** Organizations a role can be granted on, grouped by kind, for the grant form. */
export async function listGrantTargets(options: { actor: Actor }) {
  const street = authorize(options.actor, "grants.manage");
  return db().organization.findMany({
    where: { streetId: street.orgId, archivedAt: null, kind: { in: ["STREET", "COMMUNITY", "WORK_UNIT"] } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}
