import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { letterSelect, toLetterView } from "./letter-view.ts";

export type GetCommunityLetterOptions = { actor: Actor; input: { id: string } };

/** One letter of the secretary's community; another community's letter is not found. */
export async function getCommunityLetter({ actor, input }: GetCommunityLetterOptions) {
  const community = authorize(actor, "letters.manage");
  const row = await db().thankYouLetter.findFirst({
    where: { id: assertId(input.id), communityId: community.orgId },
    select: letterSelect,
  });
  if (!row) throw new NotFoundError();
  return toLetterView(row);
}
