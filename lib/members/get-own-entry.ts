import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type GetOwnEntryOptions = { actor: Actor };

/** The member's entry in the community of their active MEMBER role, with what the form needs. */
export async function getOwnEntry({ actor }: GetOwnEntryOptions) {
  const community = authorize(actor, "self.application");
  return db().member.findFirst({
    where: { userId: actor.userId, communityId: community.orgId, status: { not: "MOVED_OUT" } },
    include: {
      employerUnit: { select: { name: true } },
      suggestedUnit: { select: { name: true, verifiedAt: true, archivedAt: true } },
      community: { select: { name: true } },
    },
  });
}
