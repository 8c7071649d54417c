"use server";

import { z } from "zod";
import { action } from "@/lib/actions/action";
import { rotateCheckToken } from "@/lib/identity/rotate-check-token";

export const rotateCheckTokenAction = action({
  permission: "self.card",
  schema: z.object({}),
  successMessage: "identity.card.rotated",
  run: ({ actor }) => rotateCheckToken({ actor }),
  revalidate: ["/me/card"],
});
