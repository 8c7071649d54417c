import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { requireActiveMember } from "./menu-scope.ts";
import { currentYear } from "../time.ts";

export type WithdrawPledgeOptions = { actor: Actor; input: { itemId: string } };

/** The member withdraws their pledge of an item of this year; pledging again later reactivates it. */
export async function withdrawPledge({ actor, input }: WithdrawPledgeOptions) {
  const { member, communityId } = await requireActiveMember(actor);
  const { count } = await db().pledge.updateMany({
    where: {
      memberId: member.id,
      itemId: input.itemId,
      communityId,
      year: currentYear(),
      withdrawnAt: null,
      item: { communityId },
    },
    data: { withdrawnAt: new Date() },
  });
  if (count !== 1) throw new NotFoundError();
  return { itemId: input.itemId };
}
