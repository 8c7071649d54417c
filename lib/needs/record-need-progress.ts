import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { ownActiveClaim } from "./claimant.ts";
import type { NeedProgressInput } from "./claim-schema.ts";
import { lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";

export type RecordNeedProgressOptions = { actor: Actor; input: NeedProgressInput };

/**
 * A claimant notes progress (e.g. "约好周六上门"). The note stays on the claim (the secretary and
 * the claimants read it); the resident's timeline says only that there was progress.
 */
export async function recordNeedProgress({ actor, input }: RecordNeedProgressOptions) {
  authorize(actor, "self.needs");
  return db().$transaction(async (tx) => {
    const need = await lockNeedOfClaimant(tx, input.needId, actor.userId);
    const claim = await ownActiveClaim(tx, need.id, actor.userId);
    await tx.needClaim.update({ where: { id: claim.id }, data: { progressNote: input.note } });
    await recordNeedEvent(tx, { needId: need.id, kind: "progress", actorId: actor.userId });
    return { needId: need.id };
  });
}

/**
 * Locks a need the acting account has a claim on (any community: a unit may have assigned a member
 * who lives elsewhere). No claim at all: not found.
 */
export async function lockNeedOfClaimant(tx: Parameters<typeof lockNeed>[0], needId: string, userId: string) {
  const claim = await tx.needClaim.findFirst({
    where: { needId, member: { userId } },
    select: { communityId: true },
  });
  return lockNeed(tx, { id: needId, communityId: claim?.communityId ?? "00000000-0000-0000-0000-000000000000" });
}
