"use server";

import { action } from "@/lib/actions/action";
import { needFormSchema } from "@/lib/needs/need-form-schema";
import { recordNeedOnBehalf } from "@/lib/needs/record-need-on-behalf";
import { trackingPath } from "@/lib/needs/need-urls";

/** The secretary records a need on a resident's behalf; the slip to print opens next. */
export const recordNeedAction = action({
  permission: "needs.record",
  schema: needFormSchema,
  files: ["photos"],
  run: async ({ actor, input }) => {
    const { token } = await recordNeedOnBehalf({ actor, input });
    return { token };
  },
  redirectTo: ({ token }) => `${trackingPath(token)}/slip?recorded=1`,
});
