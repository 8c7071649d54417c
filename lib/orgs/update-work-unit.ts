import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import type { UpdateWorkUnitInput } from "./schema.ts";
import { orgSnapshot } from "./tree-rules.ts";
import { assertUnique, fields } from "./work-unit-fields.ts";

export type UpdateWorkUnitOptions = { actor: Actor; input: UpdateWorkUnitInput };

export async function updateWorkUnit({ actor, input }: UpdateWorkUnitOptions) {
  const { id, ...unit } = input;
  const street = authorize(actor, "units.manage");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id, kind: "WORK_UNIT", streetId: street.orgId } });
    if (!before) throw new NotFoundError();
    await assertUnique(tx, street.orgId, unit, id);
    const after = await tx.organization.update({ where: { id }, data: fields(unit) });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "unit.update",
      entityType: "Organization",
      entityId: id,
      scopeOrgId: street.orgId,
      before: orgSnapshot(before),
      after: orgSnapshot(after),
    });
    return { id };
  });
}
