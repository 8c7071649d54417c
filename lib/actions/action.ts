import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { clientAddressFrom } from "../auth/client-address.ts";
import { getActor } from "../auth/session.ts";
import { executeAction, type ActionDefinition } from "./execute.ts";
import type { ActionState, FormAction } from "./types.ts";

/** A path to revalidate after success: a page, or `[path, "layout"]` for everything under it. */
export type Revalidate = string | readonly [string, "layout"];

type AfterSuccess<R> = {
  revalidate?: readonly Revalidate[];
  /** where to go after success, from what the use case returned (null: stay on the page) */
  redirectTo?: (data: R) => string | null;
};

function wrap<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R> & AfterSuccess<R>,
  actor: () => Promise<Actor | null>,
): FormAction<R> {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState<R>> => {
    const state = await executeAction(definition, actor(), formData);
    if (!state.ok) return state;
    for (const target of definition.revalidate ?? []) {
      if (typeof target === "string") revalidatePath(target);
      else revalidatePath(target[0], target[1]);
    }
    const target = definition.redirectTo?.(state.data as R);
    if (target) redirect(target);
    return state;
  };
}

/**
 * The one action wrapper. Every server action is a public endpoint: it resolves the actor from
 * the session (never from the form), checks the permission, parses with the shared schema, runs
 * the use case, makes errors safe, then revalidates and redirects as declared.
 */
export function action<S extends z.ZodType, R>(definition: ActionDefinition<S, R> & AfterSuccess<R>): FormAction<R> {
  return wrap(definition, getActor);
}

/** Stands in for the actor of an action anyone may call (sign-in, registration, the language). */
const VISITOR: Actor = { userId: "", name: "", phone: "", grants: [], active: null };

/** The same wrapper for actions anyone may call: no permission; the use case gets the client address. */
export function publicAction<S extends z.ZodType, R>(
  definition: Omit<ActionDefinition<S, R>, "permission" | "run"> &
    AfterSuccess<R> & { run: (ctx: { input: z.infer<S>; clientAddress: string }) => Promise<R> },
): FormAction<R> {
  return wrap(
    {
      ...definition,
      run: async ({ input }) => definition.run({ input, clientAddress: clientAddressFrom(await headers()) }),
    },
    async () => VISITOR,
  );
}
