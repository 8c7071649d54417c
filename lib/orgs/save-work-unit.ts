import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import type { WorkUnitInput } from "./schema.ts";
import { orgSnapshot } from "./tree-rules.ts";

function fields(input: WorkUnitInput) {
  return {
    name: input.name,
    partyBranchName: input.partyBranchName,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    address: input.address ?? null,
    creditCode: input.creditCode ?? null,
    inArea: input.inArea,
  };
}

async function assertUnique(tx: Tx, streetId: string, input: WorkUnitInput, exceptId?: string) {
  const clash = await tx.organization.findFirst({
    where: {
      kind: "WORK_UNIT",
      streetId,
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ name: input.name }, ...(input.creditCode ? [{ creditCode: input.creditCode }] : [])],
    },
    select: { name: true },
  });
  if (clash) {
    const field = clash.name === input.name ? "name" : "creditCode";
    throw new UserFacingError("errors.checkForm", {
      [field]: field === "name" ? "orgs.duplicateName" : "orgs.duplicateCreditCode",
    });
  }
}

export async function createWorkUnit(options: { actor: Actor; input: WorkUnitInput }) {
  const { actor, input } = options;
  const street = authorize(actor, "units.manage");
  return db().$transaction(async (tx) => {
    await assertUnique(tx, street.orgId, input);
    const unit = await tx.organization.create({ data: { kind: "WORK_UNIT", streetId: street.orgId, ...fields(input) } });
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

export async function updateWorkUnit(options: { actor: Actor; id: string; input: WorkUnitInput }) {
  const { actor, id, input } = options;
  const street = authorize(actor, "units.manage");
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst({ where: { id, kind: "WORK_UNIT", streetId: street.orgId } });
    if (!before) throw new NotFoundError();
    await assertUnique(tx, street.orgId, input, id);
    const after = await tx.organization.update({ where: { id }, data: fields(input) });
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
