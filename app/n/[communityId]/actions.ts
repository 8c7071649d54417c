"use server";

import { publicAction } from "@/lib/actions/action";
import { needFormSchema } from "@/lib/needs/need-form-schema";
import { submitNeed } from "@/lib/needs/submit-need";

/** 群众点单: anyone may post; the use case throttles per phone and per address. */
export const postNeedAction = publicAction({
  schema: needFormSchema,
  files: ["photos"],
  run: async ({ input, clientAddress }) => {
    const { token } = await submitNeed({ input, clientAddress });
    return { token };
  },
  redirectTo: ({ token }) => `/t/${token}?posted=1`,
});
