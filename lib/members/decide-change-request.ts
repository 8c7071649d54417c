import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { CLAIMABLE_FIELDS, type ProposedChanges } from "./claim-changes.ts";
import { memberSnapshot } from "./resolve-member-fields.ts";

export type DecideChangeRequestOptions = { actor: Actor; input: { id: string; decision: "apply" | "dismiss" } };

/** The secretary applies a member's proposed changes to the entry, or dismisses them; audited. */
export async function decideChangeRequest({ actor, input }: DecideChangeRequestOptions) {
  const community = authorize(actor, "roster.verify");
  return db().$transaction(async (tx) => {
    const request = await tx.memberChangeRequest.findFirst({
      where: { id: input.id, communityId: community.orgId, status: "PENDING" },
      select: { id: true, memberId: true, changes: true },
    });
    if (!request) throw new NotFoundError();
    const decidedAt = new Date();
    await tx.memberChangeRequest.update({
      where: { id: request.id },
      data: { status: input.decision === "apply" ? "APPLIED" : "DISMISSED", decidedById: actor.userId, decidedAt },
    });
    if (input.decision === "dismiss") {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "member.dismissChanges",
        entityType: "Member",
        entityId: request.memberId,
        scopeOrgId: community.orgId,
        after: { changeRequestId: request.id },
      });
      return { applied: false };
    }
    const changes = request.changes as ProposedChanges;
    const data = Object.fromEntries(
      CLAIMABLE_FIELDS.filter((field) => changes[field]).map((field) => [field, changes[field]!.to]),
    );
    const before = await tx.member.findFirstOrThrow({ where: { id: request.memberId, communityId: community.orgId } });
    const after = await tx.member.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "member.applyChanges",
      entityType: "Member",
      entityId: before.id,
      scopeOrgId: community.orgId,
      before: memberSnapshot(before),
      after: memberSnapshot(after),
    });
    return { applied: true };
  });
}
