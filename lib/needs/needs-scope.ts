import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";
import { authorize } from "../auth/authorize.ts";
import { Prisma } from "../db.ts";

/**
 * Whose needs the figures cover: the secretary's community (needs.manage) or the street admin's
 * street (needs.street). The scope comes from the grant, never from the request.
 */
export type NeedsScope = { kind: "community" | "street"; orgId: string };

export function needsScope(actor: Actor): NeedsScope {
  if (actor.active && can(actor, "needs.street")) return { kind: "street", orgId: authorize(actor, "needs.street").orgId };
  return { kind: "community", orgId: authorize(actor, "needs.manage").orgId };
}

/** The scope as SQL over a need aliased `alias`. */
export function scopeSql(scope: NeedsScope, alias = "n"): Prisma.Sql {
  const column = Prisma.raw(`${alias}."${scope.kind === "street" ? "streetId" : "communityId"}"`);
  return Prisma.sql`${column} = ${scope.orgId}::uuid`;
}
