"use server";

import { action, type Revalidate } from "@/lib/actions/action";
import { assignNeed } from "@/lib/needs/assign-need";
import { closeNeed } from "@/lib/needs/close-need";
import { confirmNeed } from "@/lib/needs/confirm-need";
import { convertNeed } from "@/lib/needs/convert-need";
import {
  closeNeedSchema,
  confirmNeedByPhoneSchema,
  reissueSlipSchema,
  reopenNeedByPhoneSchema,
} from "@/lib/needs/evaluation-schema";
import { mergeNeed } from "@/lib/needs/merge-need";
import { notifyMatches } from "@/lib/needs/notify-matches";
import { publishNeed } from "@/lib/needs/publish-need";
import { rejectNeed } from "@/lib/needs/reject-need";
import { reissueTrackingSlip } from "@/lib/needs/reissue-tracking-slip";
import { reopenNeed } from "@/lib/needs/reopen-need";
import { trackingPath } from "@/lib/needs/need-urls";
import {
  assignNeedSchema,
  convertNeedSchema,
  mergeNeedSchema,
  notifyMatchesSchema,
  publishNeedSchema,
  rejectNeedSchema,
} from "@/lib/needs/triage-schema";

const REFRESH: Revalidate[] = [["/community/needs", "layout"]];
const back = (what: string) => (result: { needId: string }) => `/community/needs/${result.needId}?done=${what}`;

export const publishNeedAction = action({
  permission: "needs.manage",
  schema: publishNeedSchema,
  run: ({ actor, input }) => publishNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("published"),
});

export const rejectNeedAction = action({
  permission: "needs.manage",
  schema: rejectNeedSchema,
  run: ({ actor, input }) => rejectNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("rejected"),
});

export const mergeNeedAction = action({
  permission: "needs.manage",
  schema: mergeNeedSchema,
  run: ({ actor, input }) => mergeNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("merged"),
});

export const convertNeedAction = action({
  permission: "needs.manage",
  schema: convertNeedSchema,
  run: ({ actor, input }) => convertNeed({ actor, input }),
  revalidate: REFRESH,
  // the draft activity opens for editing and publishing
  redirectTo: (result) => `/community/activities/${result.activityId}/edit`,
});

export const assignNeedAction = action({
  permission: "needs.manage",
  schema: assignNeedSchema,
  run: ({ actor, input }) => assignNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("assigned"),
});

export const notifyMatchesAction = action({
  permission: "needs.manage",
  schema: notifyMatchesSchema,
  run: ({ actor, input }) => notifyMatches({ actor, input }),
  successMessage: "needTriage.notified",
  revalidate: REFRESH,
});

export const closeNeedAction = action({
  permission: "needs.manage",
  schema: closeNeedSchema,
  run: ({ actor, input }) => closeNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("closed"),
});

export const confirmNeedByPhoneAction = action({
  permission: "needs.manage",
  schema: confirmNeedByPhoneSchema,
  run: ({ actor, input }) => confirmNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("confirmed"),
});

export const reopenNeedByPhoneAction = action({
  permission: "needs.manage",
  schema: reopenNeedByPhoneSchema,
  run: ({ actor, input }) => reopenNeed({ actor, input }),
  revalidate: REFRESH,
  redirectTo: back("reopened"),
});

/** A new tracking link for a lost slip: the old one stops working; the new slip opens to print. */
export const reissueSlipAction = action({
  permission: "needs.manage",
  schema: reissueSlipSchema,
  run: ({ actor, input }) => reissueTrackingSlip({ actor, input }),
  redirectTo: ({ token }) => `${trackingPath(token)}/slip?reissued=1`,
});
