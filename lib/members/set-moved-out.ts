import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";

export type SetMovedOutOptions = { actor: Actor; input: { id: string; movedOut: boolean } };

/** Moving out closes the entry (history kept); a mistaken move-out can be undone. */
export async function setMovedOut({ actor, input }: SetMovedOutOptions) {
  const community = authorize(actor, "roster.edit");
  return db().$transaction(async (tx) => {
    const before = await tx.member.findFirst({
      where: { id: input.id, communityId: community.orgId, status: input.movedOut ? "ACTIVE" : "MOVED_OUT" },
    });
    if (!before) throw new NotFoundError();
    const after = await tx.member.update({
      where: { id: before.id },
      data: input.movedOut ? { status: "MOVED_OUT", movedOutAt: new Date() } : { status: "ACTIVE", movedOutAt: null },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.movedOut ? "member.moveOut" : "member.moveBack",
      entityType: "Member",
      entityId: before.id,
      scopeOrgId: community.orgId,
      before: { status: before.status, movedOutAt: before.movedOutAt },
      after: { status: after.status, movedOutAt: after.movedOutAt },
    });
    return { id: after.id };
  });
}
