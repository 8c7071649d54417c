import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { assertId } from "../ids.ts";

async function lockedLetter(tx: Tx, communityId: string, id: string) {
  const [locked] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "ThankYouLetter" WHERE id = ${assertId(id)}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
  const letter = locked && (await tx.thankYouLetter.findUnique({ where: { id: locked.id } }));
  if (!letter) throw new NotFoundError();
  // the unit has read and filed it: what it holds must not change afterwards
  if (letter.acknowledgedAt) throw new UserFacingError("letters.lockedAcknowledged");
  return letter;
}

export type UpdateLetterOptions = { actor: Actor; input: { id: string; contributions?: string | null; body: string } };

/** The secretary edits a letter's free text: notable contributions and the body. */
export async function updateLetter({ actor, input }: UpdateLetterOptions) {
  const community = authorize(actor, "letters.manage");
  return db().$transaction(async (tx) => {
    const before = await lockedLetter(tx, community.orgId, input.id);
    const contributions = input.contributions?.trim() || null;
    const body = input.body.trim();
    if (before.contributions === contributions && before.body === body) return { id: before.id, changed: false };
    const after = await tx.thankYouLetter.update({ where: { id: before.id }, data: { contributions, body } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "letter.update",
      entityType: "ThankYouLetter",
      entityId: after.id,
      scopeOrgId: community.orgId,
      before: { contributions: before.contributions, body: before.body },
      after: { contributions: after.contributions, body: after.body },
    });
    return { id: after.id, changed: true };
  });
}
