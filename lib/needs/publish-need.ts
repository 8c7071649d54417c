import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { PublishNeedInput } from "./triage-schema.ts";

export type PublishNeedOptions = { actor: Actor; input: PublishNeedInput; now?: Date };

/**
 * Triage: put a received need on the members' board (anonymized there: building-level place, no
 * name, phone or room) with the number of places members may claim (帮帮团 when more than one).
 */
export async function publishNeed({ actor, input, now = new Date() }: PublishNeedOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
    assertCanMove(need, "publish");
    await tx.need.update({
      where: { id: need.id },
      data: { status: "PUBLISHED", publishedAt: now, places: input.places },
    });
    await recordNeedEvent(tx, { needId: need.id, kind: "published", actorId: actor.userId, params: { places: input.places } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.publish",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
      before: { status: need.status, places: need.places },
      after: { status: "PUBLISHED", places: input.places },
    });
    return { needId: need.id };
  });
}
