import { headers } from "next/headers";
import type { z } from "zod";
import { clientAddressFrom } from "../auth/client-address.ts";
import type { Actor } from "../auth/actor.ts";
import { executeAction, type ActionState } from "./execute.ts";

/** Stands in for the actor of an action anyone may call (self-registration). */
const VISITOR: Actor = { userId: "", name: "", phone: "", grants: [], active: null };

/** The wrapper for public actions: same parsing and error handling, no permission. */
export function publicAction<S extends z.ZodType, R>(definition: {
  schema: S;
  run: (ctx: { input: z.infer<S>; clientAddress: string }) => Promise<R>;
}) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState<R>> => {
    const clientAddress = clientAddressFrom(await headers());
    return executeAction(
      { schema: definition.schema, run: ({ input }) => definition.run({ input, clientAddress }) },
      VISITOR,
      formData,
    );
  };
}
