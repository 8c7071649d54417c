import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { fieldErrorsOf, maintenanceState, type ActionState } from "../actions/execute.ts";
import { isDatabaseUnavailable } from "../database-outage.ts";
import { formDataToObject } from "../actions/form-data.ts";
import { signIn } from "./config.ts";
import { signInSchema } from "./schema.ts";
import { pruneSignInAttempts } from "./verify-credentials.ts";

/** Signs in through next-auth; returns a form state on failure, or null when signed in. */
export async function signInWithPassword(formData: FormData): Promise<ActionState | null> {
  const raw = formDataToObject(formData);
  const values = { phone: typeof raw.phone === "string" ? raw.phone : "" };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "errors.checkForm", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    // the database is away: say so (not "wrong password", not a bug), and keep the phone typed
    if (isDatabaseUnavailable(error)) return { ...maintenanceState(formData), values };
    if (error instanceof CredentialsSignin) {
      return { ok: false, values, message: error.code === "throttled" ? "auth.throttled" : "auth.invalid" };
    }
    if (error instanceof AuthError) {
      console.error("sign-in failed", error);
      return { ok: false, values, message: "errors.unexpected" };
    }
    throw error;
  }
  if (Math.random() < 0.01) void pruneSignInAttempts().catch((e) => console.error("prune sign-in attempts", e));
  return null;
}
