import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type AcknowledgeLetterOptions = { actor: Actor; input: { id: string } };

/** The unit confirms it received the letter (once; a second click changes nothing). */
export async function acknowledgeLetter({ actor, input }: AcknowledgeLetterOptions) {
  const unit = authorize(actor, "unit.letters");
  return db().$transaction(async (tx) => {
    const letter = await tx.thankYouLetter.findFirst({
      where: { id: assertId(input.id), workUnitId: unit.orgId },
      select: { id: true, communityId: true, acknowledgedAt: true },
    });
    if (!letter) throw new NotFoundError();
    if (letter.acknowledgedAt) return { id: letter.id, changed: false };
    const now = new Date();
    // the condition makes two clicks at once acknowledge (and audit) it once
    const { count } = await tx.thankYouLetter.updateMany({
      where: { id: letter.id, workUnitId: unit.orgId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.userId },
    });
    if (!count) return { id: letter.id, changed: false };
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "letter.acknowledge",
      entityType: "ThankYouLetter",
      entityId: letter.id,
      scopeOrgId: letter.communityId,
      after: { acknowledgedAt: now, workUnitId: unit.orgId },
    });
    return { id: letter.id, changed: true };
  });
}
