// The member behind a signed-in account, and their claim on a need, for the board's use cases.
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Tx } from "../db.ts";
import { UserFacingError } from "../errors.ts";

/** The verified roster entry of the acting member in the community of their active role. */
export async function boardMember(actor: Actor) {
  const community = authorize(actor, "self.needs");
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new UserFacingError("needWork.notMember");
  return { memberId: member.id, communityId: community.orgId };
}

/**
 * The acting member's live (ACTIVE) claim on a locked need. Members assigned by a co-building unit
 * may live in another community: the claim is found by the need and the member, whatever the
 * active role's community, as long as the member row belongs to the acting account.
 */
export async function ownActiveClaim(tx: Tx, needId: string, userId: string) {
  const claim = await tx.needClaim.findFirst({
    where: { needId, status: "ACTIVE", member: { userId } },
    select: { id: true, memberId: true },
  });
  if (!claim) throw new UserFacingError("needWork.notClaimant");
  return claim;
}
