import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { lockRound, refuseFinal } from "./round-scope.ts";

export type AnswerObjectionOptions = { actor: Actor; input: { id: string; answer: string } };

/** The secretary answers an objection of their community's round; the member sees the answer. */
export async function answerObjection({ actor, input }: AnswerObjectionOptions) {
  const community = authorize(actor, "ratings.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const objection = await tx.ratingObjection.findFirst({
      where: { id: input.id, round: { communityId } },
      select: { id: true, roundId: true, memberId: true, ratingId: true, reason: true, status: true },
    });
    if (!objection) throw new NotFoundError();
    const round = await lockRound(tx, { communityId, id: objection.roundId }, "SHARE");
    if (!round) throw new NotFoundError();
    refuseFinal(round);
    // the status in the where makes a second, concurrent answer find nothing
    const { count } = await tx.ratingObjection.updateMany({
      where: { id: objection.id, roundId: round.id, status: "OPEN" },
      data: { status: "ANSWERED", answer: input.answer, answeredAt: new Date(), answeredById: actor.userId },
    });
    if (count !== 1) throw new UserFacingError("ratings.objectionAlreadyAnswered");
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "rating.answerObjection",
      entityType: "StarRatingRound",
      entityId: round.id,
      scopeOrgId: communityId,
      before: { objectionId: objection.id, status: "OPEN", memberId: objection.memberId, reason: objection.reason },
      after: { objectionId: objection.id, status: "ANSWERED", answer: input.answer },
    });
    return { id: objection.id, roundId: round.id };
  });
}
