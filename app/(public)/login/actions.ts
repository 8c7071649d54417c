"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/execute";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { ACTIVE_GRANT_COOKIE } from "@/lib/auth/session";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const failure = await signInWithPassword(formData);
  if (failure) return failure;
  (await cookies()).delete(ACTIVE_GRANT_COOKIE);
  redirect(safeReturnPath(formData.get("returnTo")));
}
