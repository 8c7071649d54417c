import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { SeatIdInput } from "./schema.ts";

export type EndCouncilSeatOptions = { actor: Actor; input: SeatIdInput };

/** Ends a seat before its term (stepped down, moved out); the member's flag follows. */
export async function endCouncilSeat({ actor, input }: EndCouncilSeatOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const seat = await tx.councilSeat.findFirst({ where: { id: input.id, communityId, endedAt: null } });
    if (!seat) throw new NotFoundError();
    const now = new Date();
    await tx.councilSeat.update({ where: { id: seat.id }, data: { endedAt: now } });
    const other = await tx.councilSeat.count({
      where: { memberId: seat.memberId, endedAt: null, id: { not: seat.id }, endsOn: { gt: now } },
    });
    if (!other) await tx.member.update({ where: { id: seat.memberId }, data: { isCouncilMember: false } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.endSeat",
      entityType: "CouncilSeat",
      entityId: seat.id,
      scopeOrgId: communityId,
      after: { endedAt: now },
    });
    return { id: seat.id };
  });
}
