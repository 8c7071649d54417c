import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import type { Prisma } from "../db.ts";
import { normalizePersonName } from "../members/person-name.ts";

const PAGE_SIZE = 50;

export type ListUsersOptions = { actor: Actor; input?: { query?: string; page?: number } };

/** People holding a role on an organization of the admin's street. */
export async function listUsers({ actor, input = {} }: ListUsersOptions) {
  const street = authorize(actor, "grants.manage");
  const page = Math.max(1, input.page ?? 1);
  const query = input.query ? normalizePersonName(input.query) : undefined;
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
