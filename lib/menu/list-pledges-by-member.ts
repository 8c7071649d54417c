import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { activePledgeWhere, categorySelect } from "./menu-scope.ts";

const collator = new Intl.Collator("zh-CN");

export type ListPledgesByMemberOptions = { actor: Actor; input: { year: number } };

/** What each active member pledged in a year (members with at least one pledge), by name. */
export async function listPledgesByMember({ actor, input }: ListPledgesByMemberOptions) {
  const community = authorize(actor, "menu.manage");
  const pledges = await db().pledge.findMany({
    where: { communityId: community.orgId, year: input.year, ...activePledgeWhere, item: { communityId: community.orgId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      remark: true,
      availability: true,
      createdAt: true,
      member: { select: { id: true, name: true, building: { select: { name: true } }, room: true } },
      item: { select: { id: true, title: true, status: true, category: { select: categorySelect } } },
    },
  });
  type Pledge = (typeof pledges)[number];
  const byMember = new Map<string, { member: Pledge["member"]; pledges: Omit<Pledge, "member">[] }>();
  for (const { member, ...pledge } of pledges) {
    const row = byMember.get(member.id) ?? { member, pledges: [] };
    row.pledges.push(pledge);
    byMember.set(member.id, row);
  }
  return [...byMember.values()].sort(
    (a, b) => collator.compare(a.member.name, b.member.name) || a.member.id.localeCompare(b.member.id),
  );
}
