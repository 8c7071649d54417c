import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { itemSnapshot, requireUsableCategory, selfProposedCategoryId } from "./menu-scope.ts";

export type ProposalDecision = { kind: "APPROVE"; categoryId?: string } | { kind: "DECLINE"; reason: string };

export type DecideProposalOptions = { actor: Actor; input: { id: string; decision: ProposalDecision } };

/**
 * The secretary decides on an item a member proposed (自主服务). Approved, it joins the menu as an
 * open item under 自主服务 unless the secretary picks another category; declined, the member sees
 * the reason.
 */
export async function decideProposal({ actor, input }: DecideProposalOptions) {
  const community = authorize(actor, "menu.manage");
  const communityId = community.orgId;
  const { decision } = input;
  return db().$transaction(async (tx) => {
    const before = await tx.serviceItem.findFirst({ where: { id: input.id, communityId, status: "PROPOSED" } });
    if (!before) throw new NotFoundError();
    const data =
      decision.kind === "APPROVE"
        ? {
            status: "OPEN" as const,
            declineReason: null,
            categoryId: decision.categoryId
              ? await requireUsableCategory(tx, communityId, decision.categoryId)
              : await selfProposedCategoryId(tx),
          }
        : { status: "DECLINED" as const, declineReason: decision.reason };
    // the status in the where makes a second, concurrent decision find nothing
    const { count } = await tx.serviceItem.updateMany({ where: { id: before.id, communityId, status: "PROPOSED" }, data });
    if (count !== 1) throw new NotFoundError();
    const after = await tx.serviceItem.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: decision.kind === "APPROVE" ? "menu.approveProposal" : "menu.declineProposal",
      entityType: "ServiceItem",
      entityId: before.id,
      scopeOrgId: communityId,
      before: itemSnapshot(before),
      after: itemSnapshot(after),
    });
    return { id: after.id, status: after.status, year: after.year };
  });
}
