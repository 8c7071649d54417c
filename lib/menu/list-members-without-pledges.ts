import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

const collator = new Intl.Collator("zh-CN");

export type ListMembersWithoutPledgesOptions = { actor: Actor; input: { year: number } };

/**
 * Members who reported and were verified (ACTIVE) but pledged nothing in the year: the
 * "registered on paper only" list the community follows up on.
 */
export async function listMembersWithoutPledges({ actor, input }: ListMembersWithoutPledgesOptions) {
  const community = authorize(actor, "menu.manage");
  const members = await db().member.findMany({
    where: {
      communityId: community.orgId,
      status: "ACTIVE",
      pledges: { none: { year: input.year, withdrawnAt: null } },
    },
    select: {
      id: true,
      name: true,
      phone: true,
      room: true,
      skills: true,
      availability: true,
      verifiedAt: true,
      building: { select: { name: true } },
    },
  });
  return members.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
