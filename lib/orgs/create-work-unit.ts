import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db.ts";
import { suggestLinksToUnit } from "../members/unit-link-suggestions.ts";
import type { WorkUnitInput } from "./schema.ts";
import { orgSnapshot } from "./tree-rules.ts";
import { assertUnique, fields } from "./work-unit-fields.ts";

export type CreateWorkUnitOptions = { actor: Actor; input: WorkUnitInput };

export async function createWorkUnit({ actor, input }: CreateWorkUnitOptions) {
  const street = authorize(actor, "units.manage");
  return db().$transaction(async (tx) => {
    await assertUnique(tx, street.orgId, input);
    // the street itself enters the unit: it vouches for it at once
    const unit = await tx.organization.create({
      data: { kind: "WORK_UNIT", streetId: street.orgId, ...fields(input), verifiedAt: new Date(), verifiedById: actor.userId },
    });
    await suggestLinksToUnit(tx, unit);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "unit.create",
      entityType: "Organization",
      entityId: unit.id,
      scopeOrgId: street.orgId,
      after: orgSnapshot(unit),
    });
    return { id: unit.id };
  });
}
