"use server";

import { publicAction } from "@/lib/actions/action";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { UserFacingError } from "@/lib/errors";
import { registerMember } from "@/lib/members/register-member";
import { registerMemberSchema } from "@/lib/members/schema";

export const registerAction = publicAction({
  schema: registerMemberSchema,
  run: async ({ input, clientAddress }) => {
    await registerMember({ input, clientAddress });
    // signed in straight away: they see "awaiting verification" and nothing else of the community
    const signedIn = await signInWithPassword({ phone: input.phone, password: input.password }).then(
      () => true,
      (error: unknown) => {
        if (error instanceof UserFacingError) return false;
        throw error;
      },
    );
    return { signedIn };
  },
  redirectTo: ({ signedIn }) => (signedIn ? "/me" : "/login"),
});
