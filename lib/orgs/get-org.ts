import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { MOVABLE_UNDER } from "./tree-rules.ts";

export type GetOrgOptions = { actor: Actor; input: { id: string } };

/** One organization of the admin's street, with its children and where it may move to. */
export async function getOrg({ actor, input }: GetOrgOptions) {
  const street = authorize(actor, "orgs.view");
  const org = await db().organization.findFirst({
    where: { id: assertId(input.id), streetId: street.orgId, kind: { not: "WORK_UNIT" } },
    select: {
      id: true,
      kind: true,
      name: true,
      archivedAt: true,
      parent: { select: { id: true, name: true, kind: true } },
      children: {
        orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
        select: { id: true, kind: true, name: true, archivedAt: true },
      },
    },
  });
  if (!org) throw new NotFoundError();
  const parentKind = MOVABLE_UNDER[org.kind];
  const moveTargets = parentKind
    ? await db().organization.findMany({
        where: { streetId: street.orgId, kind: parentKind, archivedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, parent: { select: { name: true } } },
      })
    : [];
  return { org, moveTargets };
}
