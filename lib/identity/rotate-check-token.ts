import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { newCheckToken } from "./identity-rules.ts";

export type RotateCheckTokenOptions = { actor: Actor };

/** A new QR code for the member's card: the old one (a lost phone, a shared screenshot) stops working at once. */
export async function rotateCheckToken({ actor }: RotateCheckTokenOptions) {
  const community = authorize(actor, "self.card");
  return db().$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { userId: actor.userId, communityId: community.orgId, status: "ACTIVE" },
      select: { id: true },
    });
    if (!member) throw new NotFoundError();
    await tx.member.update({ where: { id: member.id }, data: { checkToken: newCheckToken() } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "member.rotateCheckToken",
      entityType: "Member",
      entityId: member.id,
      scopeOrgId: community.orgId,
    });
    return { id: member.id };
  });
}
