import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { letterSelect, toLetterView } from "./letter-view.ts";

export type ListCommunityLettersForPrintOptions = { actor: Actor; input: { year: number } };

/** All letters of a year, in serial order, for printing one per page. */
export async function listCommunityLettersForPrint({ actor, input }: ListCommunityLettersForPrintOptions) {
  const community = authorize(actor, "letters.manage");
  const rows = await db().thankYouLetter.findMany({
    where: { communityId: community.orgId, year: input.year },
    orderBy: { serial: "asc" },
    select: letterSelect,
  });
  return rows.map(toLetterView);
}
