import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { pendingWhere } from "./pending-filter.ts";

/** What the member reads on their page for an entry cleared as spam. */
export const SPAM_REASON = "未能核实的报到（批量清理）";

/** At most this many in one go: a wave of thousands is cleared in a few clicks, each one bounded. */
export const SPAM_BATCH_MAX = 5000;

export type RejectMembersAsSpamOptions = {
  actor: Actor;
  input: { memberIds: string[] } | { matching: { q?: string } };
};

/**
 * Clears spam from the verification queue: the chosen pending entries (or every pending entry the
 * search matches) are rejected, their accounts lose the member role in this community, and each
 * gets an audit line, all in one transaction of a few statements whatever the count.
 */
export async function rejectMembersAsSpam({ actor, input }: RejectMembersAsSpamOptions) {
  const community = authorize(actor, "roster.verify");
  const scope =
    "memberIds" in input
      ? { ...pendingWhere(community.orgId), id: { in: input.memberIds } }
      : pendingWhere(community.orgId, input.matching.q);
  return db().$transaction(
    async (tx) => {
      const targets = await tx.member.findMany({
        where: scope,
        orderBy: { reportedAt: "asc" },
        take: SPAM_BATCH_MAX,
        select: { id: true, userId: true },
      });
      if (!targets.length) throw new NotFoundError();
      const ids = targets.map((m) => m.id);
      await tx.member.updateMany({
        where: { id: { in: ids }, communityId: community.orgId, status: "PENDING" },
        data: { status: "REJECTED", rejectReason: SPAM_REASON, verifiedAt: null },
      });
      const userIds = [...new Set(targets.map((m) => m.userId).filter((id): id is string => id !== null))];
      const { count: revoked } = await tx.roleGrant.deleteMany({
        where: { userId: { in: userIds }, role: "MEMBER", organizationId: community.orgId },
      });
      await tx.$executeRaw`
        INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "scopeOrgId", before, after)
        SELECT ${actor.userId}::uuid, 'member.rejectSpam', 'Member', m.id, ${community.orgId}::uuid, '{"status":"PENDING"}'::jsonb,
          ${JSON.stringify({ status: "REJECTED", rejectReason: SPAM_REASON, memberRoleRevoked: true })}::jsonb
        FROM unnest(${ids}::text[]) AS m(id)`;
      return { rejected: ids.length, revoked };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
