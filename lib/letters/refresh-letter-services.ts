import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { snapshotsFor } from "./letter-snapshot.ts";

async function lockedLetter(tx: Tx, communityId: string, id: string) {
  const [locked] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "ThankYouLetter" WHERE id = ${assertId(id)}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
  const letter = locked && (await tx.thankYouLetter.findUnique({ where: { id: locked.id } }));
  if (!letter) throw new NotFoundError();
  // the unit has read and filed it: what it holds must not change afterwards
  if (letter.acknowledgedAt) throw new UserFacingError("letters.lockedAcknowledged");
  return letter;
}

export type RefreshLetterServicesOptions = { actor: Actor; input: { id: string } };

/**
 * Takes a new snapshot of the member's services, hours and stars for the letter's year (e.g.
 * after attendance was confirmed late). The free texts, serial and verification code stay.
 */
export async function refreshLetterServices({ actor, input }: RefreshLetterServicesOptions) {
  const community = authorize(actor, "letters.manage");
  return db().$transaction(async (tx) => {
    const before = await lockedLetter(tx, community.orgId, input.id);
    const snapshot = (await snapshotsFor(tx, community.orgId, before.year, [before.memberId])).get(before.memberId);
    if (!snapshot?.activityCount) throw new UserFacingError("letters.nothingToRefresh");
    const after = await tx.thankYouLetter.update({
      where: { id: before.id },
      data: {
        services: snapshot.services,
        activityCount: snapshot.activityCount,
        totalHours: snapshot.totalHours,
        stars: snapshot.stars,
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "letter.update",
      entityType: "ThankYouLetter",
      entityId: after.id,
      scopeOrgId: community.orgId,
      before: {
        services: before.services,
        activityCount: before.activityCount,
        totalHours: Number(before.totalHours),
        stars: before.stars,
      },
      after: {
        services: snapshot.services,
        activityCount: snapshot.activityCount,
        totalHours: snapshot.totalHours,
        stars: snapshot.stars,
      },
    });
    return { id: after.id, activityCount: after.activityCount };
  });
}
