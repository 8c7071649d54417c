import { authorize } from "../auth/authorize.ts";
import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";

export type ListAuditEventsOptions = { actor: Actor; input?: { page?: number } };

export async function listAuditEvents({ actor, input = {} }: ListAuditEventsOptions) {
  const grant = authorize(actor, "audit.view");
  const pageSize = 50;
  const page = Math.max(1, input.page ?? 1);
  const where = { scopeOrgId: grant.orgId };
  const [events, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().auditEvent.count({ where }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    total,
    page,
    pageSize,
    events: events.map((e) => ({
      id: e.id.toString(),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      actorName: e.actorId ? (names.get(e.actorId) ?? "—") : "—",
      before: e.before,
      after: e.after,
      createdAt: e.createdAt,
    })),
  };
}
