import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

/** Approves pending entries of the secretary's community; ids of other communities are ignored. */
export async function approveMembers(options: { actor: Actor; memberIds: string[] }) {
  const community = authorize(options.actor, "roster.verify");
  return db().$transaction(async (tx) => {
    const pending = await tx.member.findMany({
      where: { id: { in: options.memberIds }, communityId: community.orgId, status: "PENDING" },
      select: { id: true, status: true },
    });
    if (!pending.length) throw new NotFoundError();
    const verifiedAt = new Date();
    await tx.member.updateMany({
      where: { id: { in: pending.map((m) => m.id) }, communityId: community.orgId, status: "PENDING" },
      data: { status: "ACTIVE", verifiedAt, rejectReason: null },
    });
    await tx.auditEvent.createMany({
      data: pending.map((m) => ({
        actorId: options.actor.userId,
        action: "member.approve",
        entityType: "Member",
        entityId: m.id,
        scopeOrgId: community.orgId,
        before: { status: "PENDING" },
        after: { status: "ACTIVE", verifiedAt: verifiedAt.toISOString() },
      })),
    });
    return { approved: pending.length };
  });
}

/** Rejects with a reason the member sees; they can correct their data and resubmit. */
export async function rejectMember(options: { actor: Actor; id: string; reason: string }) {
  const community = authorize(options.actor, "roster.verify");
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: options.id, communityId: community.orgId, status: "PENDING" },
      select: { id: true },
    });
    if (!member) throw new NotFoundError();
    await tx.member.update({
      where: { id: member.id },
      data: { status: "REJECTED", rejectReason: options.reason, verifiedAt: null },
    });
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "member.reject",
      entityType: "Member",
      entityId: member.id,
      scopeOrgId: community.orgId,
      before: { status: "PENDING" },
      after: { status: "REJECTED", rejectReason: options.reason },
    });
    return { id: member.id };
  });
}
