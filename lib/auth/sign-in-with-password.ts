import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { UserFacingError } from "../errors.ts";
import { signIn } from "./config.ts";
import type { SignInInput } from "./schema.ts";
import { pruneExpiredSessions } from "./session-rows.ts";
import { pruneSignInFailures } from "./sign-in-throttle.ts";

/** Signs in through next-auth (sets the session cookie); wrong or throttled credentials are a form error. */
export async function signInWithPassword(input: SignInInput): Promise<void> {
  try {
    await signIn("credentials", { phone: input.phone, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      throw new UserFacingError(error.code === "throttled" ? "auth.throttled" : "auth.invalid");
    }
    if (error instanceof AuthError) throw new Error("sign-in failed", { cause: error });
    throw error;
  }
  if (Math.random() < 0.01) {
    void Promise.all([pruneSignInFailures(), pruneExpiredSessions()]).catch((e) => console.error("prune sign-in state", e));
  }
}
