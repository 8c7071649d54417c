import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { NotifyMatchesInput } from "./triage-schema.ts";

export type NotifyMatchesOptions = { actor: Actor; input: NotifyMatchesInput };

/**
 * "Notify the top few": the chosen members (the best matches, by default) get an in-app
 * notification pointing at the need on the board. Only for a need members can claim now; once a
 * member is told of a need, telling them again is a no-op (dedupe key).
 */
export async function notifyMatches({ actor, input }: NotifyMatchesOptions) {
  const community = authorize(actor, "needs.manage");
  return db().$transaction(async (tx) => {
    const need = await tx.need.findFirst({
      where: { id: input.needId, communityId: community.orgId },
      select: { id: true, status: true, content: true, places: true, claimedCount: true },
    });
    if (!need) throw new NotFoundError();
    if (!(need.status === "PUBLISHED" || (need.status === "CLAIMED" && need.claimedCount < need.places)))
      throw new UserFacingError("needWork.notOnBoard");
    const members = await tx.member.findMany({
      where: { id: { in: input.memberIds }, communityId: community.orgId, status: "ACTIVE", userId: { not: null } },
      select: { id: true, userId: true },
    });
    if (members.length !== new Set(input.memberIds).size)
      throw new UserFacingError("errors.checkForm", { memberIds: "needWork.memberNotFound" });
    const sent = await notify(tx, {
      userIds: members.map((m) => m.userId),
      kind: "needMatched",
      params: { title: need.content.slice(0, 40) },
      link: `/me/needs/${need.id}`,
      dedupeKey: (userId) => `needMatched:${need.id}:${userId}`,
    });
    await recordNeedEvent(tx, {
      needId: need.id,
      kind: "reminded",
      actorId: actor.userId,
      params: { count: sent },
      visibleToResident: false,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.notifyMatches",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
      after: { memberIds: members.map((m) => m.id), sent },
    });
    return { needId: need.id, sent };
  });
}
