import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import type { SignUpOnBehalfInput } from "./schema.ts";
import { leaveActivity } from "./signup-queue.ts";

export type CancelSignupOnBehalfOptions = { actor: Actor; input: SignUpOnBehalfInput };

/** The secretary cancels a member's sign-up, deadline or not. */
export async function cancelSignupOnBehalf({ actor, input }: CancelSignupOnBehalfOptions) {
  const community = authorize(actor, "activities.manage");
  return leaveActivity({
    activityId: input.activityId,
    memberId: input.memberId,
    communityId: community.orgId,
    enforceDeadline: false,
  });
}
