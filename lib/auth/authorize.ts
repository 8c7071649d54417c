import { ForbiddenError } from "../errors.ts";
import type { Actor, Grant } from "./actor.ts";
import { can, type Permission } from "./permissions.ts";

/**
 * Use cases call this first: the action wrapper checks too, but a use case must stay safe
 * when it is called from anywhere else. Returns the active grant, whose org is the tenant scope.
 */
export function authorize(actor: Actor | null, permission: Permission): Grant {
  if (!actor || !can(actor, permission) || !actor.active) throw new ForbiddenError();
  return actor.active;
}
