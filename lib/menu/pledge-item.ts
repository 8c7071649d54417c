import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { requireActiveMember } from "./menu-scope.ts";
import type { PledgeItemInput } from "./schema.ts";
import { currentYear } from "../time.ts";

export type PledgeItemOptions = { actor: Actor; input: PledgeItemInput };

/**
 * An active member pledges (认领) an open item of this year's menu of their community, with what
 * exactly and when. Pledging again updates the remark, or reactivates a withdrawn pledge.
 */
export async function pledgeItem({ actor, input }: PledgeItemOptions) {
  return db().$transaction(async (tx) => {
    const { member, communityId } = await requireActiveMember(actor, tx);
    const year = currentYear();
    // FOR SHARE: a secretary closing the item waits for this pledge, or this pledge sees it closed
    const [item] = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT "id", "status"::text AS "status" FROM "ServiceItem"
      WHERE "id" = ${input.itemId}::uuid AND "communityId" = ${communityId}::uuid AND "year" = ${year}
        AND "status" IN ('OPEN', 'CLOSED')
      FOR SHARE`;
    if (!item) throw new NotFoundError();
    if (item.status !== "OPEN") throw new UserFacingError("menu.itemClosed");
    const pledge = await tx.pledge.upsert({
      where: { memberId_itemId: { memberId: member.id, itemId: item.id } },
      create: { memberId: member.id, itemId: item.id, communityId, year, remark: input.remark, availability: input.availability },
      update: { remark: input.remark, availability: input.availability, withdrawnAt: null },
      select: { id: true },
    });
    return { id: pledge.id, itemId: item.id };
  });
}
