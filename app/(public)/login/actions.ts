"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schema";
import { ACTIVE_GRANT_COOKIE } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

export const signInAction = publicAction({
  schema: signInSchema.extend({ returnTo: z.string().optional() }),
  run: async ({ input }) => {
    await signInWithPassword(input);
    (await cookies()).delete(ACTIVE_GRANT_COOKIE);
    return { returnTo: safeReturnPath(input.returnTo ?? null) };
  },
  redirectTo: ({ returnTo }) => returnTo,
});
