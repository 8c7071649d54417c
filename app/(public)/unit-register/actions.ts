"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/execute";
import { publicAction } from "@/lib/actions/public-action";
import { registerUnit } from "@/lib/unit-portal/register-unit";
import { registerUnitSchema } from "@/lib/unit-portal/schema";

const register = publicAction({
  schema: registerUnitSchema,
  run: ({ input, clientAddress }) => registerUnit({ input, clientAddress }),
});

export async function registerUnitAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await register(previous, formData);
  if (!result.ok) return result;
  redirect("/unit-register?done=1");
}
