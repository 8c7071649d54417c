import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { SignUpOnBehalfInput } from "./schema.ts";
import { joinActivity } from "./signup-queue.ts";

export type SignUpOnBehalfOptions = { actor: Actor; input: SignUpOnBehalfInput };

/** For members who don't use phones: the secretary signs them up, until the activity starts. */
export async function signUpOnBehalf({ actor, input }: SignUpOnBehalfOptions) {
  const community = authorize(actor, "activities.manage");
  const member = await db().member.findFirst({
    where: { id: input.memberId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new UserFacingError("errors.checkForm", { memberId: "activities.memberNotActive" });
  return joinActivity({
    activityId: input.activityId,
    member: { id: member.id },
    communityId: community.orgId,
    byUserId: actor.userId,
    until: "start",
  });
}
