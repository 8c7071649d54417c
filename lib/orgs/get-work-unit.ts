import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type GetWorkUnitOptions = { actor: Actor; input: { id: string } };

export async function getWorkUnit({ actor, input }: GetWorkUnitOptions) {
  const street = authorize(actor, "orgs.view");
  const unit = await db().organization.findFirst({
    where: { id: assertId(input.id), kind: "WORK_UNIT", streetId: street.orgId },
  });
  if (!unit) throw new NotFoundError();
  return unit;
}
