import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { classifyMembers } from "./letter-candidates.ts";

export type GetLettersOfYearOptions = { actor: Actor; input: { year: number } };

/**
 * The secretary's page for a year: the letters written so far and what a run would do now
 * (how many would be written, who has no addressee, how many are below the threshold).
 */
export async function getLettersOfYear({ actor, input }: GetLettersOfYearOptions) {
  const community = authorize(actor, "letters.manage");
  const communityId = community.orgId;
  const [letters, plan] = await Promise.all([
    db().thankYouLetter.findMany({
      where: { communityId, year: input.year },
      orderBy: { serial: "asc" },
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
    classifyMembers(db(), communityId, input.year),
  ]);
  return {
    year: input.year,
    threshold: plan.threshold,
    closing: plan.closing,
    letters: letters.map((l) => ({ ...l, totalHours: Number(l.totalHours) })),
    pending: plan.toCreate.length,
    noAddressee: plan.noAddressee,
    belowThreshold: plan.belowThreshold,
  };
}
