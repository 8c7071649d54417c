"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { claimNeed } from "@/lib/needs/claim-need";
import { claimNeedSchema, finishNeedClaimSchema, needProgressSchema, returnNeedClaimSchema } from "@/lib/needs/claim-schema";
import { finishNeedClaim } from "@/lib/needs/finish-need-claim";
import { recordNeedProgress } from "@/lib/needs/record-need-progress";
import { returnNeedClaim } from "@/lib/needs/return-need-claim";

const REFRESH: Revalidate[] = [["/me/needs", "layout"]];
const back = (what: string) => (result: { needId: string }) => `/me/needs/${result.needId}?done=${what}`;

export const claimNeedAction = action({
  permission: "self.needs",
  schema: claimNeedSchema,
  run: ({ actor, input }) => claimNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("claimed"),
});

export const recordNeedProgressAction = action({
  permission: "self.needs",
  schema: needProgressSchema,
  run: ({ actor, input }) => recordNeedProgress({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("progress"),
});

export const finishNeedClaimAction = action({
  permission: "self.needs",
  schema: finishNeedClaimSchema,
  run: ({ actor, input }) => finishNeedClaim({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("finished"),
});

export const returnNeedClaimAction = action({
  permission: "self.needs",
  schema: returnNeedClaimSchema,
  run: ({ actor, input }) => returnNeedClaim({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("returned"),
});
