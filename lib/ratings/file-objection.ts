import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { findActiveMember, lockRound, windowState } from "./round-scope.ts";
import type { FileObjectionInput } from "./schema.ts";

/** A member may have this many unanswered objections in one round at a time. */
export const MAX_OPEN_OBJECTIONS = 3;

export type FileObjectionOptions = { actor: Actor; input: FileObjectionInput; now?: Date };

/**
 * An active member of the community objects to the published ratings, about their own rating or
 * another member's (the reason says which), only while the public notice period runs.
 */
export async function fileObjection({ actor, input, now = new Date() }: FileObjectionOptions) {
  const community = authorize(actor, "self.ratings");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const member = await findActiveMember(actor.userId, communityId, tx);
    if (!member) throw new UserFacingError("ratings.notActiveMember");
    // FOR SHARE: finalizing waits for this objection, or this objection sees the round final
    const round = await lockRound(tx, { communityId, id: input.roundId }, "SHARE");
    if (!round) throw new NotFoundError();
    const state = windowState(round, now);
    if (round.status === "FINAL" || state === "ENDED") throw new UserFacingError("ratings.objectionClosed");
    if (state !== "OPEN") throw new UserFacingError("ratings.objectionNotOpen");
    let ratingId: string | null = null;
    if (input.about === "MINE") {
      const own = await tx.starRating.findUnique({
        where: { roundId_memberId: { roundId: round.id, memberId: member.id } },
        select: { id: true },
      });
      if (!own) throw new UserFacingError("errors.checkForm", { about: "ratings.noOwnRating" });
      ratingId = own.id;
    }
    const open = await tx.ratingObjection.count({ where: { roundId: round.id, memberId: member.id, status: "OPEN" } });
    if (open >= MAX_OPEN_OBJECTIONS) throw new UserFacingError("ratings.tooManyObjections");
    const objection = await tx.ratingObjection.create({
      data: { roundId: round.id, memberId: member.id, ratingId, reason: input.reason },
      select: { id: true },
    });
    return { id: objection.id, roundId: round.id };
  });
}
