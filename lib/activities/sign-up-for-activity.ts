import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import type { SignupInput } from "./schema.ts";
import { activeMemberOf, joinActivity } from "./signup-queue.ts";

export type SignUpForActivityOptions = { actor: Actor; input: SignupInput };

/** A verified member signs up (or joins the waitlist) until the sign-up deadline. */
export async function signUpForActivity({ actor, input }: SignUpForActivityOptions) {
  const community = authorize(actor, "self.signup");
  const member = await activeMemberOf(actor, community.orgId);
  return joinActivity({
    activityId: input.activityId,
    memberId: member.id,
    communityId: community.orgId,
    byUserId: actor.userId,
    until: "deadline",
  });
}
