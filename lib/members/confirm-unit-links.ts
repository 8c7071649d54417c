import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { linkMembersToUnits } from "./link-members-to-units.ts";
import type { ConfirmUnitLinksInput } from "./schema.ts";
import { pendingLinkWhere } from "./unit-link-scope.ts";

export type ConfirmUnitLinksOptions = { actor: Actor; input: ConfirmUnitLinksInput; now?: Date };

/**
 * The secretary vouches that these members work at the suggested units: the chosen entries, or
 * every entry the search shows. Entries of other communities are ignored; the unit sees each
 * member from today on.
 */
export async function confirmUnitLinks({ actor, input, now = new Date() }: ConfirmUnitLinksOptions) {
  const community = authorize(actor, "unitLinks.confirm");
  return db().$transaction(
    async (tx) => {
      const where = pendingLinkWhere(community.orgId, input.all ? input.q : undefined);
      const chosen = await tx.member.findMany({
        where: input.all ? where : { ...where, id: { in: input.memberIds } },
        select: { id: true },
        take: 5000,
      });
      if (!chosen.length) throw new NotFoundError();
      const linked = await linkMembersToUnits(tx, {
        memberIds: chosen.map((m) => m.id),
        communityId: community.orgId,
        actorId: actor.userId,
        linkedAt: now,
      });
      return { linked };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
