"use server";

import { action } from "@/lib/actions/action";
import { needFormSchema } from "@/lib/needs/need-form-schema";
import { recordNeedOnBehalf } from "@/lib/needs/record-need-on-behalf";
import { trackingPath } from "@/lib/needs/need-urls";

/** A building group leader records a need for a resident of their building (checked in the use case). */
export const recordNeedAsLeaderAction = action({
  permission: "self.view",
  schema: needFormSchema,
  files: ["photos"],
  run: async ({ actor, input }) => {
    const { token } = await recordNeedOnBehalf({ actor, input });
    return { token };
  },
  redirectTo: ({ token }) => `${trackingPath(token)}/slip?recorded=1`,
});
