// Calls the real server actions of app/ from integration tests. The actor comes in through the
// seam the wrapper itself uses (`getActor` in lib/auth/session.ts, mocked by the test file with
// `signedIn`), the database is the real one, and what Next would do after success (revalidate,
// redirect) is recorded instead of needing a running server.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { ActionState, FormAction } from "@/lib/actions/types";
import type { Actor } from "@/lib/auth/actor";

/** Who is signed in for the next action call (null: a visitor). */
export const signedIn: { actor: Actor | null } = { actor: null };

/** Every `revalidatePath` call since the last `resetHarness`, as `path` or `path:layout`. */
export const revalidated: string[] = [];

export function resetHarness(actor: Actor | null = null) {
  signedIn.actor = actor;
  revalidated.length = 0;
}

/** The replacement of `next/cache` for these tests: remembers what would be revalidated. */
export function recordingCache() {
  return {
    revalidatePath: (path: string, type?: string) => void revalidated.push(type ? `${path}:${type}` : path),
    revalidateTag: () => undefined,
  };
}

export function formOf(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

/** Submits the form as `actor`; a redirect after success comes back as `redirectedTo`. */
export async function submitAs<D>(
  actor: Actor | null,
  action: FormAction<D>,
  values: Record<string, string | string[]>,
): Promise<ActionState<D> & { redirectedTo?: string }> {
  resetHarness(actor);
  try {
    return await action({ ok: false }, formOf(values));
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    return { ok: true, redirectedTo: error.digest.split(";").slice(2, -2).join(";") };
  }
}
