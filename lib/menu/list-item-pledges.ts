import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { activePledgeWhere } from "./menu-scope.ts";

export type ListItemPledgesOptions = { actor: Actor; input: { itemId: string } };

/** Who pledged one item of the secretary's community, with their remark and availability. */
export async function listItemPledges({ actor, input }: ListItemPledgesOptions) {
  const community = authorize(actor, "menu.manage");
  const communityId = community.orgId;
  const item = await db().serviceItem.findFirst({ where: { id: assertId(input.itemId), communityId }, select: { id: true } });
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
