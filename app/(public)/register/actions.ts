"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/execute";
import { publicAction } from "@/lib/actions/public-action";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { registerMember } from "@/lib/members/register-member";
import { registerMemberSchema } from "@/lib/members/schema";

const register = publicAction({
  schema: registerMemberSchema,
  run: ({ input, clientAddress }) => registerMember(input, { clientAddress }),
});

export async function registerAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await register(previous, formData);
  if (!result.ok) return result;
  // signed in straight away: they see "awaiting verification" and nothing else of the community
  const failure = await signInWithPassword(formData);
  if (failure) redirect("/login");
  redirect("/me");
}
