import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import type { AppointCouncilMemberInput } from "./schema.ts";

export type AppointCouncilMemberOptions = { actor: Actor; input: AppointCouncilMemberInput };

/**
 * The community appoints a verified member of its roster to the council for a term. Overlapping
 * terms of one member are refused. `Member.isCouncilMember` is kept in sync (docs/decisions/083).
 */
export async function appointCouncilMember({ actor, input }: AppointCouncilMemberOptions) {
  const community = authorize(actor, "council.manage");
  const communityId = community.orgId;
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: input.memberId, communityId, status: "ACTIVE" },
      select: { id: true },
    });
    if (!member) throw new UserFacingError("errors.checkForm", { memberId: "council.badMember" });
    await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${member.id}::uuid FOR UPDATE`;
    const overlapping = await tx.councilSeat.findFirst({
      where: { memberId: member.id, endedAt: null, startsOn: { lt: input.endsOn }, endsOn: { gt: input.startsOn } },
      select: { id: true },
    });
    if (overlapping) throw new UserFacingError("errors.checkForm", { memberId: "council.alreadySeated" });
    const seat = await tx.councilSeat.create({
      data: { communityId, memberId: member.id, startsOn: input.startsOn, endsOn: input.endsOn, createdById: actor.userId },
    });
    await tx.member.update({ where: { id: member.id }, data: { isCouncilMember: true } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "council.appoint",
      entityType: "CouncilSeat",
      entityId: seat.id,
      scopeOrgId: communityId,
      after: { memberId: member.id, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return { id: seat.id };
  });
}
