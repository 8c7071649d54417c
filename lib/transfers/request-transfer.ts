import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { resolveResidence } from "../members/resolve-member-fields.ts";
import { notify } from "../notifications/notify.ts";
import type { RequestTransferInput } from "./schema.ts";

export type RequestTransferOptions = { actor: Actor; input: RequestTransferInput };

/**
 * A member who moved asks to transfer (转出) from the community they act in to the one they now
 * live in, naming the building and room there. One open request at a time; the new community's
 * secretaries are notified and decide (docs/decisions/084).
 */
export async function requestTransfer({ actor, input }: RequestTransferOptions) {
  const community = authorize(actor, "self.transfer");
  if (input.toCommunityId === community.orgId)
    throw new UserFacingError("errors.checkForm", { toCommunityId: "transfers.sameCommunity" });
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
      select: { id: true, name: true, phone: true },
    });
    if (!member) throw new NotFoundError();
    const target = await tx.organization.findFirst({
      where: { id: input.toCommunityId, kind: "COMMUNITY", archivedAt: null },
      select: { id: true, name: true },
    });
    if (!target) throw new UserFacingError("errors.checkForm", { toCommunityId: "transfers.noSuchCommunity" });
    const residence = await resolveResidence(tx, target.id, input.gridId, input.buildingId);
    const existing = await tx.member.findFirst({ where: { communityId: target.id, phone: member.phone }, select: { id: true } });
    if (existing) throw new UserFacingError("transfers.alreadyThere");
    const open = await tx.transferRequest.findFirst({ where: { memberId: member.id, status: "PENDING" }, select: { id: true } });
    if (open) throw new UserFacingError("transfers.alreadyAsked");
    const request = await tx.transferRequest.create({
      data: {
        memberId: member.id,
        fromCommunityId: community.orgId,
        toCommunityId: target.id,
        toGridId: residence.gridId,
        toBuildingId: residence.buildingId,
        room: input.room,
        note: input.note ?? null,
      },
    });
    const secretaries = await tx.roleGrant.findMany({
      where: { organizationId: target.id, role: "SECRETARY", user: { disabledAt: null } },
      select: { userId: true },
    });
    await notify(tx, {
      userIds: secretaries.map((s) => s.userId),
      kind: "transferRequested",
      params: { name: member.name, from: community.orgName },
      link: "/community/transfers",
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "member.transferRequest",
      entityType: "Member",
      entityId: member.id,
      scopeOrgId: community.orgId,
      after: { toCommunityId: target.id, requestId: request.id },
    });
    return { id: request.id };
  });
}
