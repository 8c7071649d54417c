import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { assertCanMove, lockNeed, type LockedNeed } from "./need-lock.ts";
import { isClosed } from "./need-status.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import type { MergeNeedInput } from "./triage-schema.ts";

export type MergeNeedOptions = { actor: Actor; input: MergeNeedInput; now?: Date };

/**
 * Triage: a duplicate is folded into another open need of the community (the one that goes on).
 * Both rows are locked in id order, so two merges of the same pair cannot deadlock or cross.
 */
export async function mergeNeed({ actor, input, now = new Date() }: MergeNeedOptions) {
  const community = authorize(actor, "needs.manage");
  if (input.needId === input.intoId) throw new UserFacingError("errors.checkForm", { intoId: "needWork.mergeIntoItself" });
  return db().$transaction(async (tx) => {
    const locked = new Map<string, LockedNeed>();
    for (const id of [input.needId, input.intoId].sort()) {
      const row = await lockNeed(tx, { id, communityId: community.orgId }).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (row) locked.set(id, row);
    }
    const need = locked.get(input.needId);
    const into = locked.get(input.intoId);
    if (!need) throw new NotFoundError();
    if (!into || isClosed(into.status) || into.status === "DONE")
      throw new UserFacingError("errors.checkForm", { intoId: "needWork.mergeTarget" });
    assertCanMove(need, "merge");
    await tx.need.update({ where: { id: need.id }, data: { status: "MERGED", mergedIntoId: into.id, closedAt: now } });
    await recordNeedEvent(tx, { needId: need.id, kind: "merged", actorId: actor.userId });
    await recordNeedEvent(tx, { needId: into.id, kind: "merged", actorId: actor.userId, visibleToResident: false });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "need.merge",
      entityType: "Need",
      entityId: need.id,
      scopeOrgId: community.orgId,
      before: { status: need.status },
      after: { status: "MERGED", mergedIntoId: into.id },
    });
    return { needId: need.id, intoId: into.id };
  });
}
