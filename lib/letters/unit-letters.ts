import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { letterSelect, toLetterView } from "./letter-view.ts";

/**
 * The unit's inbox: letters addressed to the admin's registered work unit, from every community
 * and year (newest first), optionally one year. Letters to unregistered employers go by post.
 */
export async function listUnitLetters(options: { actor: Actor; year?: number | null }) {
  const unit = authorize(options.actor, "unit.letters");
  const where = { workUnitId: unit.orgId, ...(options.year ? { year: options.year } : {}) };
  const [letters, years] = await Promise.all([
    db().thankYouLetter.findMany({
      where,
      orderBy: [{ year: "desc" }, { generatedAt: "desc" }, { serial: "asc" }],
      select: {
        id: true,
        serial: true,
        year: true,
        activityCount: true,
        totalHours: true,
        generatedAt: true,
        acknowledgedAt: true,
        community: { select: { name: true } },
        member: { select: { name: true } },
      },
    }),
    db().thankYouLetter.groupBy({
      by: ["year"],
      where: { workUnitId: unit.orgId },
      orderBy: { year: "desc" },
      _count: { _all: true },
    }),
  ]);
  return {
    letters: letters.map((l) => ({ ...l, totalHours: Number(l.totalHours) })),
    years: years.map((y) => ({ year: y.year, count: y._count._all })),
    unread: letters.filter((l) => !l.acknowledgedAt).length,
  };
}

/** One letter to the admin's unit; a letter to another unit is not found. */
export async function getUnitLetter(options: { actor: Actor; id: string }) {
  const unit = authorize(options.actor, "unit.letters");
  const row = await db().thankYouLetter.findFirst({
    where: { id: assertId(options.id), workUnitId: unit.orgId },
    select: letterSelect,
  });
  if (!row) throw new NotFoundError();
  return toLetterView(row);
}

/** The unit confirms it received the letter (once; a second click changes nothing). */
export async function acknowledgeLetter(options: { actor: Actor; id: string }) {
  const unit = authorize(options.actor, "unit.letters");
  return db().$transaction(async (tx) => {
    const letter = await tx.thankYouLetter.findFirst({
      where: { id: assertId(options.id), workUnitId: unit.orgId },
      select: { id: true, communityId: true, acknowledgedAt: true },
    });
    if (!letter) throw new NotFoundError();
    if (letter.acknowledgedAt) return { id: letter.id, changed: false };
    const now = new Date();
    // the condition makes two clicks at once acknowledge (and audit) it once
    const { count } = await tx.thankYouLetter.updateMany({
      where: { id: letter.id, workUnitId: unit.orgId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: options.actor.userId },
    });
    if (!count) return { id: letter.id, changed: false };
    await recordAudit(tx, {
      actorId: options.actor.userId,
      action: "letter.acknowledge",
      entityType: "ThankYouLetter",
      entityId: letter.id,
      scopeOrgId: letter.communityId,
      after: { acknowledgedAt: now, workUnitId: unit.orgId },
    });
    return { id: letter.id, changed: true };
  });
}
