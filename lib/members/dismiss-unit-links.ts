import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { pendingLinkWhere } from "./unit-link-scope.ts";

export type DismissUnitLinksOptions = { actor: Actor; input: { memberIds: string[] } };

/** The secretary turns suggested matches down: the employer stays as the member typed it. */
export async function dismissUnitLinks({ actor, input }: DismissUnitLinksOptions) {
  const community = authorize(actor, "unitLinks.confirm");
  return db().$transaction(async (tx) => {
    const chosen = await tx.member.findMany({
      where: { ...pendingLinkWhere(community.orgId), id: { in: input.memberIds } },
      select: { id: true, suggestedUnitId: true },
    });
    if (!chosen.length) throw new NotFoundError();
    await tx.member.updateMany({
      where: { id: { in: chosen.map((m) => m.id) }, communityId: community.orgId },
      data: { suggestedUnitId: null },
    });
    await tx.auditEvent.createMany({
      data: chosen.map((m) => ({
        actorId: actor.userId,
        action: "member.linkDismiss",
        entityType: "Member",
        entityId: m.id,
        scopeOrgId: community.orgId,
        before: { suggestedUnitId: m.suggestedUnitId },
        after: { suggestedUnitId: null },
      })),
    });
    return { dismissed: chosen.length };
  });
}
