import "server-only";
import type { z } from "zod";
import { getActor } from "../auth/session.ts";
import { executeAction, type ActionDefinition, type ActionState } from "./execute.ts";

/**
 * The one action wrapper. Every server action is a public endpoint: it resolves the actor from
 * the session (never from the form), checks the permission, parses with the shared schema.
 */
export function action<S extends z.ZodType, R>(definition: ActionDefinition<S, R>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState<R>> =>
    executeAction(definition, getActor(), formData);
}
