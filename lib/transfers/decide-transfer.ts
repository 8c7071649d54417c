import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { resolveResidence } from "../members/resolve-member-fields.ts";
import { notify } from "../notifications/notify.ts";
import { lockMemberLedger, pointsBalance } from "../points/ledger.ts";
import type { DecideTransferInput } from "./schema.ts";

export type DecideTransferOptions = { actor: Actor; input: DecideTransferInput; now?: Date };

/**
 * The new community's secretary decides a transfer request (转入). Declining needs a reason.
 * Accepting, in one transaction (docs/decisions/084):
 * - the old entry is closed (MOVED_OUT, movedOutAt) and keeps all its history — sign-ups, records,
 *   ratings, letters, ledger entries, each with the old community's id, read by the old community
 *   as of its time;
 * - a new ACTIVE entry opens in the new community, linked to the old one (`previousMemberId`),
 *   with the same person, employer link and profile, at the building and room asked for;
 * - the points balance moves with two appended ledger entries (TRANSFER_OUT on the old entry in
 *   the old community, TRANSFER_IN of the same amount on the new entry in the new one): nothing is
 *   edited, the sum over both entries is unchanged, the new balance equals the old;
 * - the member's role moves to the new community; the old card's QR code says "not valid".
 */
export async function decideTransfer({ actor, input, now = new Date() }: DecideTransferOptions) {
  const community = authorize(actor, "transfers.decide");
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "TransferRequest"
      WHERE id = ${input.id}::uuid AND "toCommunityId" = ${community.orgId}::uuid AND status = 'PENDING'
      FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    const request = await tx.transferRequest.findUniqueOrThrow({ where: { id: locked.id } });
    if (input.decision === "decline") {
      await tx.transferRequest.update({
        where: { id: request.id },
        data: { status: "DECLINED", declineReason: input.reason ?? null, decidedById: actor.userId, decidedAt: now },
      });
      const member = await tx.member.findUniqueOrThrow({ where: { id: request.memberId }, select: { userId: true } });
      await notify(tx, {
        userIds: [member.userId],
        kind: "transferDecided",
        params: { community: community.orgName, accepted: "no", reason: input.reason ?? "" },
        link: "/me/transfer",
      });
      await audit(tx, actor, request, "member.transferDecline", { reason: input.reason });
      return { id: request.id, newMemberId: null };
    }
    return accept(tx, actor, community.orgId, community.orgName, request, now);
  });
}

type Request = Awaited<ReturnType<Tx["transferRequest"]["findUniqueOrThrow"]>>;

async function accept(tx: Tx, actor: Actor, communityId: string, communityName: string, request: Request, now: Date) {
  const [old] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Member" WHERE id = ${request.memberId}::uuid AND status = 'ACTIVE' FOR UPDATE`;
  if (!old) throw new UserFacingError("transfers.noLongerActive");
  const before = await tx.member.findUniqueOrThrow({ where: { id: old.id } });
  const residence = await resolveResidence(tx, communityId, request.toGridId, request.toBuildingId);
  const clash = await tx.member.findFirst({ where: { communityId, phone: before.phone }, select: { id: true } });
  if (clash) throw new UserFacingError("transfers.alreadyThere");

  await tx.member.update({ where: { id: before.id }, data: { status: "MOVED_OUT", movedOutAt: now } });
  const next = await tx.member.create({
    data: {
      userId: before.userId,
      name: before.name,
      gender: before.gender,
      phone: before.phone,
      ...residence,
      room: request.room,
      kind: before.kind,
      employerUnitId: before.employerUnitId,
      employerLinkedAt: before.employerLinkedAt,
      suggestedUnitId: before.suggestedUnitId,
      employerName: before.employerName,
      employerBranch: before.employerBranch,
      position: before.position,
      skills: before.skills,
      interests: before.interests,
      availability: before.availability,
      willingness: before.willingness,
      status: "ACTIVE",
      source: "SELF_REPORTED",
      reportedAt: request.createdAt,
      verifiedAt: now,
      consentAt: before.consentAt,
      consentVersion: before.consentVersion,
      previousMemberId: before.id,
    },
  });

  // the balance follows the member: two appended entries, never an edit
  await lockMemberLedger(tx, before.id);
  await lockMemberLedger(tx, next.id);
  const balance = await pointsBalance(before.id, tx);
  if (balance > 0) {
    const reason = `transfer:${request.id}`;
    await tx.pointsEntry.create({
      data: {
        memberId: before.id,
        communityId: before.communityId,
        kind: "TRANSFER_OUT",
        amount: -balance,
        reason,
        actorId: actor.userId,
      },
    });
    await tx.pointsEntry.create({
      data: { memberId: next.id, communityId, kind: "TRANSFER_IN", amount: balance, reason, actorId: actor.userId },
    });
  }

  // the person's member role moves with the entry
  if (before.userId) {
    await tx.roleGrant.deleteMany({ where: { userId: before.userId, role: "MEMBER", organizationId: before.communityId } });
    await tx.roleGrant.upsert({
      where: { userId_role_organizationId: { userId: before.userId, role: "MEMBER", organizationId: communityId } },
      create: { userId: before.userId, role: "MEMBER", organizationId: communityId, grantedById: actor.userId },
      update: {},
    });
  }
  await tx.transferRequest.update({
    where: { id: request.id },
    data: { status: "ACCEPTED", decidedById: actor.userId, decidedAt: now, newMemberId: next.id },
  });
  await notify(tx, {
    userIds: [before.userId],
    kind: "transferDecided",
    params: { community: communityName, accepted: "yes", reason: "" },
    link: "/me",
  });
  await audit(tx, actor, request, "member.transferAccept", { newMemberId: next.id, balance });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "member.transferIn",
    entityType: "Member",
    entityId: next.id,
    scopeOrgId: communityId,
    after: { previousMemberId: before.id, fromCommunityId: before.communityId, balance },
  });
  return { id: request.id, newMemberId: next.id };
}

async function audit(tx: Tx, actor: Actor, request: Request, action: string, after: Record<string, unknown>) {
  // on the old entry, in the old community's log: that community sees where its member went
  await recordAudit(tx, {
    actorId: actor.userId,
    action,
    entityType: "Member",
    entityId: request.memberId,
    scopeOrgId: request.fromCommunityId,
    after: { requestId: request.id, toCommunityId: request.toCommunityId, ...after },
  });
}
