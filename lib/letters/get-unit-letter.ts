import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";
import { letterSelect, toLetterView } from "./letter-view.ts";

export type GetUnitLetterOptions = { actor: Actor; input: { id: string } };

/** One letter to the admin's unit; a letter to another unit is not found. */
export async function getUnitLetter({ actor, input }: GetUnitLetterOptions) {
  const unit = authorize(actor, "unit.letters");
  const row = await db().thankYouLetter.findFirst({
    where: { id: assertId(input.id), workUnitId: unit.orgId },
    select: letterSelect,
  });
  if (!row) throw new NotFoundError();
  return toLetterView(row);
}
