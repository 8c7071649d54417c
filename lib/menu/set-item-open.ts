import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type SetItemOpenOptions = { actor: Actor; input: { id: string; open: boolean } };

/**
 * Opens or closes a menu item. A closed item stays on the menu for the community (with its
 * pledges) but members can no longer pledge it. Setting the state it already has changes nothing.
 */
export async function setItemOpen({ actor, input }: SetItemOpenOptions) {
  const community = authorize(actor, "menu.manage");
  return db().$transaction(async (tx) => {
    const item = await tx.serviceItem.findFirst({
      where: { id: input.id, communityId: community.orgId, status: { in: ["OPEN", "CLOSED"] } },
      select: { id: true, status: true },
    });
    if (!item) throw new NotFoundError();
    const status = input.open ? "OPEN" : "CLOSED";
    if (item.status === status) return { id: item.id, status, changed: false };
    await tx.serviceItem.update({ where: { id: item.id }, data: { status } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.open ? "menu.openItem" : "menu.closeItem",
      entityType: "ServiceItem",
      entityId: item.id,
      scopeOrgId: community.orgId,
      before: { status: item.status },
      after: { status },
    });
    return { id: item.id, status, changed: true };
  });
}
