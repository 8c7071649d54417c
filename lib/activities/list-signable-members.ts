import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListSignableMembersOptions = { actor: Actor; input: { activityId: string } };

/** Active members of the secretary's community, for signing someone up on their behalf. */
export async function listSignableMembers({ actor, input }: ListSignableMembersOptions) {
  const community = authorize(actor, "activities.manage");
  return db().member.findMany({
    where: {
      communityId: community.orgId,
      status: "ACTIVE",
      signups: { none: { activityId: input.activityId, status: { in: ["CONFIRMED", "WAITLISTED"] } } },
    },
    orderBy: { name: "asc" },
    take: 3000,
    select: { id: true, name: true, room: true, building: { select: { name: true } } },
  });
}
