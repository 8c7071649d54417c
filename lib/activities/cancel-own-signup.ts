import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import type { SignupInput } from "./schema.ts";
import { activeMemberOf, leaveActivity } from "./signup-queue.ts";

export type CancelOwnSignupOptions = { actor: Actor; input: SignupInput };

/** A member cancels their sign-up (or leaves the waitlist) until the sign-up deadline. */
export async function cancelOwnSignup({ actor, input }: CancelOwnSignupOptions) {
  const community = authorize(actor, "self.signup");
  const member = await activeMemberOf(actor, community.orgId);
  return leaveActivity({
    activityId: input.activityId,
    memberId: member.id,
    communityId: community.orgId,
    enforceDeadline: true,
  });
}
