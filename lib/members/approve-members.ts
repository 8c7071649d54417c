import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type ApproveMembersOptions = { actor: Actor; input: { memberIds: string[] } };

/** Approves pending entries of the secretary's community; ids of other communities are ignored. */
export async function approveMembers({ actor, input }: ApproveMembersOptions) {
  const community = authorize(actor, "roster.verify");
  return db().$transaction(
    async (tx) => {
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
      // one audit line per member, in one statement (a bulk approval may hold 2,000)
      await tx.$executeRaw`
      INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "scopeOrgId", before, after)
      SELECT ${actor.userId}::uuid, 'member.approve', 'Member', m.id, ${community.orgId}::uuid, '{"status":"PENDING"}'::jsonb,
        ${JSON.stringify({ status: "ACTIVE", verifiedAt: verifiedAt.toISOString() })}::jsonb
      FROM unnest(${pending.map((m) => m.id)}::text[]) AS m(id)`;
      return { approved: pending.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
