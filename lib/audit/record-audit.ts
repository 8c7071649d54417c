import type { Prisma, Tx } from "../db.ts";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  scopeOrgId?: string | null;
  before?: unknown;
  after?: unknown;
};

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Call inside the same transaction as the change, so an audit line exists iff the change does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      scopeOrgId: input.scopeOrgId ?? null,
      before: asJson(input.before),
      after: asJson(input.after),
    },
  });
}
