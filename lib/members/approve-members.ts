import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type ApproveMembersOptions = { actor: Actor; input: { memberIds: string[] } };

/** Approves pending entries of the secretary's community; ids of other communities are ignored. */
export async function approveMembers({ actor, input }: ApproveMembersOptions) {
  const community = authorize(actor, "roster.verify");
  return db().$transaction(async (tx) => {
    const pending = await tx.member.findMany({
      where: { id: { in: input.memberIds }, communityId: community.orgId, status: "PENDING" },
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
        actorId: actor.userId,
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
