import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type ListUnitLettersOptions = { actor: Actor; input?: { year?: number | null } };

/**
 * The unit's inbox: letters addressed to the admin's registered work unit, from every community
 * and year (newest first), optionally one year. Letters to unregistered employers go by post.
 */
export async function listUnitLetters({ actor, input = {} }: ListUnitLettersOptions) {
  const unit = authorize(actor, "unit.letters");
  const where = { workUnitId: unit.orgId, ...(input.year ? { year: input.year } : {}) };
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
