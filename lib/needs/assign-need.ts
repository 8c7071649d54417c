import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { assertCanMove, lockNeed } from "./need-lock.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { AssignNeedInput } from "./triage-schema.ts";

export type AssignNeedOptions = { actor: Actor; input: AssignNeedInput; now?: Date };

/**
 * Triage: the secretary dispatches a need directly to chosen members of the community (派单).
 * Each gets an ACTIVE claim (assignedById set) and a notification with the link to the need, where
 * they see the resident's contact details. Places grow to fit the chosen members; members already
 * holding the need are left as they are.
 */
export async function assignNeed({ actor, input, now = new Date() }: AssignNeedOptions) {
  const community = authorize(actor, "needs.manage");
  const memberIds = [...new Set(input.memberIds)];
  return db().$transaction(
    async (tx) => {
      const need = await lockNeed(tx, { id: input.needId, communityId: community.orgId });
      assertCanMove(need, "assign");
      const members = await tx.member.findMany({
        where: { id: { in: memberIds }, communityId: community.orgId, status: "ACTIVE" },
        select: { id: true, userId: true },
      });
      if (members.length !== memberIds.length)
        throw new UserFacingError("errors.checkForm", { memberIds: "needWork.memberNotFound" });
      const existing = await tx.needClaim.findMany({
        where: { needId: need.id, memberId: { in: memberIds } },
        select: { id: true, memberId: true, status: true },
      });
      const holding = new Set(existing.filter((c) => c.status !== "RETURNED").map((c) => c.memberId));
      const added = members.filter((m) => !holding.has(m.id));
      if (!added.length) throw new UserFacingError("errors.checkForm", { memberIds: "needWork.alreadyAssigned" });
      for (const member of added) {
        const returned = existing.find((c) => c.memberId === member.id);
        const data = {
          status: "ACTIVE" as const,
          claimedAt: now,
          assignedById: actor.userId,
          viaUnitId: null,
          returnedAt: null,
          returnReason: null,
          progressNote: null,
          doneAt: null,
          doneNote: null,
        };
        if (returned) await tx.needClaim.update({ where: { id: returned.id }, data });
        else await tx.needClaim.create({ data: { ...data, needId: need.id, memberId: member.id, communityId: community.orgId } });
      }
      const claimedCount = need.claimedCount + added.length;
      await tx.$executeRaw`
        UPDATE "Need" SET status = 'CLAIMED', "claimedCount" = ${claimedCount}, places = GREATEST(places, ${claimedCount}),
          "firstClaimedAt" = COALESCE("firstClaimedAt", ${now}), "updatedAt" = now()
        WHERE id = ${need.id}::uuid`;
      await recordNeedEvent(tx, { needId: need.id, kind: "assigned", actorId: actor.userId, params: { count: added.length } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "need.assign",
        entityType: "Need",
        entityId: need.id,
        scopeOrgId: community.orgId,
        before: { status: need.status, claimedCount: need.claimedCount },
        after: { status: "CLAIMED", claimedCount, memberIds: added.map((m) => m.id) },
      });
      const content = await tx.need.findUniqueOrThrow({ where: { id: need.id }, select: { content: true } });
      await notify(tx, {
        userIds: added.map((m) => m.userId),
        kind: "needAssigned",
        params: { title: content.content.slice(0, 40) },
        link: `/me/needs/${need.id}`,
      });
      return { needId: need.id, assigned: added.length };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
