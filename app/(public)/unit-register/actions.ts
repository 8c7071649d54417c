"use server";

import { publicAction } from "@/lib/actions/action";
import { registerUnit } from "@/lib/unit-portal/register-unit";
import { registerUnitSchema } from "@/lib/unit-portal/schema";

export const registerUnitAction = publicAction({
  schema: registerUnitSchema,
  run: async ({ input, clientAddress }) => {
    await registerUnit({ input, clientAddress });
  },
  redirectTo: () => "/unit-register?done=1",
});
