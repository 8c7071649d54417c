import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { activePledgeWhere, categorySelect } from "./menu-scope.ts";

const collator = new Intl.Collator("zh-CN");

/** Who pledged one item of the secretary's community, with their remark and availability. */
export async function listItemPledges(options: { actor: Actor; itemId: string }) {
  const community = authorize(options.actor, "menu.manage");
  const communityId = community.orgId;
  const item = await db().serviceItem.findFirst({ where: { id: options.itemId, communityId }, select: { id: true } });
  if (!item) throw new NotFoundError();
  const [pledges, withdrawn] = await Promise.all([
    db().pledge.findMany({
      where: { itemId: item.id, communityId, ...activePledgeWhere },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        remark: true,
        availability: true,
        createdAt: true,
        member: { select: { id: true, name: true, phone: true, room: true, building: { select: { name: true } } } },
      },
    }),
    db().pledge.count({ where: { itemId: item.id, communityId, withdrawnAt: { not: null } } }),
  ]);
  return { pledges, count: pledges.length, withdrawn };
}

/** What each active member pledged in a year (members with at least one pledge), by name. */
export async function listPledgesByMember(options: { actor: Actor; year: number }) {
  const community = authorize(options.actor, "menu.manage");
  const pledges = await db().pledge.findMany({
    where: { communityId: community.orgId, year: options.year, ...activePledgeWhere, item: { communityId: community.orgId } },
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
