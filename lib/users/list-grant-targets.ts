import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListGrantTargetsOptions = { actor: Actor };

/** Organizations a role can be granted on, grouped by kind, for the grant form. */
export async function listGrantTargets({ actor }: ListGrantTargetsOptions) {
  const street = authorize(actor, "grants.manage");
  return db().organization.findMany({
    where: { streetId: street.orgId, archivedAt: null, kind: { in: ["STREET", "COMMUNITY", "WORK_UNIT"] } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}
