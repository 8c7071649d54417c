import type { Actor } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { boardMember } from "./claimant.ts";
import type { ClaimNeedInput } from "./claim-schema.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";

export type ClaimNeedOptions = { actor: Actor; input: ClaimNeedInput; now?: Date };

/**
 * 党员接单: a member claims a published need, or joins its group claim (帮帮团) while places remain.
 * Under the need's row lock the count is read, checked against `places` and raised, so members
 * tapping the last place at once queue on the lock: exactly one wins, the others are told the
 * places are gone (a CHECK keeps claimedCount ≤ places besides). A member who handed the need back
 * may claim it again (the same claim row comes back).
 */
export async function claimNeed({ actor, input, now = new Date() }: ClaimNeedOptions) {
  const { memberId, communityId } = await boardMember(actor);
  return db().$transaction(
    async (tx) => {
      const need = await lockNeed(tx, { id: input.needId, communityId });
      if (need.status === "SUBMITTED") throw new UserFacingError("errors.notFound");
      assertCanMove(need, "claim");
      const existing = await tx.needClaim.findUnique({
        where: { needId_memberId: { needId: need.id, memberId } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "RETURNED") throw new UserFacingError("needWork.alreadyClaimed");
      if (need.claimedCount >= need.places) throw new UserFacingError("needWork.full");
      const claim = existing
        ? await tx.needClaim.update({
            where: { id: existing.id },
            data: {
              status: "ACTIVE",
              claimedAt: now,
              returnedAt: null,
              returnReason: null,
              assignedById: null,
              viaUnitId: null,
              progressNote: null,
              doneAt: null,
              doneNote: null,
            },
          })
        : await tx.needClaim.create({ data: { needId: need.id, memberId, communityId, claimedAt: now } });
      await tx.$executeRaw`
        UPDATE "Need" SET status = 'CLAIMED', "claimedCount" = "claimedCount" + 1,
          "firstClaimedAt" = COALESCE("firstClaimedAt", ${now}), "updatedAt" = now()
        WHERE id = ${need.id}::uuid`;
      await recordNeedEvent(tx, { needId: need.id, kind: "claimed", actorId: actor.userId });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "need.claim",
        entityType: "Need",
        entityId: need.id,
        scopeOrgId: communityId,
        before: { status: need.status, claimedCount: need.claimedCount },
        after: { status: "CLAIMED", claimedCount: need.claimedCount + 1, claimId: claim.id },
      });
      return { needId: need.id, claimId: claim.id, placesLeft: need.places - need.claimedCount - 1 };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
