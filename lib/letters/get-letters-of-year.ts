import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { classifyMembers } from "./letter-candidates.ts";
import { LETTERS_PAGE_SIZE } from "./schema.ts";

export type GetLettersOfYearOptions = { actor: Actor; input: { year: number; page?: number } };

/**
 * The secretary's page for a year: one page of the letters written so far (2,000 letters on one
 * page were too much for any browser), their counts, and what a run would do now (how many would
 * be written, who has no addressee, how many are below the threshold).
 */
export async function getLettersOfYear({ actor, input }: GetLettersOfYearOptions) {
  const community = authorize(actor, "letters.manage");
  const communityId = community.orgId;
  const where = { communityId, year: input.year };
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const [letters, total, acknowledged, plan] = await Promise.all([
    db().thankYouLetter.findMany({
      where,
      orderBy: { serial: "asc" },
      skip: (page - 1) * LETTERS_PAGE_SIZE,
      take: LETTERS_PAGE_SIZE,
      select: {
        id: true,
        serial: true,
        addressee: true,
        workUnitId: true,
        activityCount: true,
        totalHours: true,
        acknowledgedAt: true,
        member: { select: { id: true, name: true } },
      },
    }),
    db().thankYouLetter.count({ where }),
    db().thankYouLetter.count({ where: { ...where, acknowledgedAt: { not: null } } }),
    classifyMembers(db(), communityId, input.year),
  ]);
  return {
    year: input.year,
    threshold: plan.threshold,
    closing: plan.closing,
    letters: letters.map((l) => ({ ...l, totalHours: Number(l.totalHours) })),
    page,
    total,
    acknowledged,
    pending: plan.toCreate.length,
    noAddressee: plan.noAddressee,
    belowThreshold: plan.belowThreshold,
  };
}
