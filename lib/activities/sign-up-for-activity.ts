import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import type { SignupInput } from "./schema.ts";
import { joinActivity } from "./signup-queue.ts";

export type SignUpForActivityOptions = { actor: Actor; input: SignupInput };

/**
 * A verified member signs up (or joins the waitlist) until the sign-up deadline: one statement,
 * which also finds the member's verified roster entry in the community.
 */
export async function signUpForActivity({ actor, input }: SignUpForActivityOptions) {
  const community = authorize(actor, "self.signup");
  return joinActivity({
    activityId: input.activityId,
    member: { userId: actor.userId },
    communityId: community.orgId,
    byUserId: actor.userId,
    until: "deadline",
  });
}
