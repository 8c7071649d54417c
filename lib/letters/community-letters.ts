import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { classifyMembers } from "./letter-candidates.ts";
import { letterSelect, toLetterView } from "./letter-view.ts";
import { LETTERS_PAGE_SIZE } from "./schema.ts";

/**
 * The secretary's page for a year: one page of the letters written so far (2,000 letters on one
 * page were too much for any browser), their counts, and what a run would do now (how many would
 * be written, who has no addressee, how many are below the threshold).
 */
export async function getLettersOfYear(options: { actor: Actor; year: number; page?: number }) {
  const community = authorize(options.actor, "letters.manage");
  const communityId = community.orgId;
  const where = { communityId, year: options.year };
  const page = Math.max(1, Math.floor(options.page ?? 1));
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
    classifyMembers(db(), communityId, options.year),
  ]);
  return {
    year: options.year,
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

/** One letter of the secretary's community; another community's letter is not found. */
export async function getCommunityLetter(options: { actor: Actor; id: string }) {
  const community = authorize(options.actor, "letters.manage");
  const row = await db().thankYouLetter.findFirst({
    where: { id: assertId(options.id), communityId: community.orgId },
    select: letterSelect,
  });
  if (!row) throw new NotFoundError();
  return toLetterView(row);
}

/** All letters of a year, in serial order, for printing one per page. */
export async function listCommunityLettersForPrint(options: { actor: Actor; year: number }) {
  const community = authorize(options.actor, "letters.manage");
  const rows = await db().thankYouLetter.findMany({
    where: { communityId: community.orgId, year: options.year },
    orderBy: { serial: "asc" },
    select: letterSelect,
  });
  return rows.map(toLetterView);
}
