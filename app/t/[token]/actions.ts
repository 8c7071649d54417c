"use server";

import { publicAction } from "@/lib/actions/action";
import { confirmNeed } from "@/lib/needs/confirm-need";
import { confirmNeedByTokenSchema, reopenNeedByTokenSchema } from "@/lib/needs/evaluation-schema";
import { reopenNeed } from "@/lib/needs/reopen-need";
import { trackingPath } from "@/lib/needs/need-urls";

/** 群众评单 on the tracking page: the token is the only key; the use case locks that one need. */
export const confirmNeedAction = publicAction({
  schema: confirmNeedByTokenSchema,
  run: async ({ input }) => {
    await confirmNeed({ actor: null, input });
    return { token: input.token };
  },
  successMessage: "needsPublic.evaluate.thanks",
  redirectTo: ({ token }) => `${trackingPath(token)}?rated=1`,
});

/** "Not done yet": back to the claimants with what is missing. */
export const reopenNeedAction = publicAction({
  schema: reopenNeedByTokenSchema,
  run: async ({ input }) => {
    await reopenNeed({ actor: null, input });
    return { token: input.token };
  },
  redirectTo: ({ token }) => `${trackingPath(token)}?reopened=1`,
});
