import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { suggestDuplicates } from "./list-triage-queue.ts";
import { OPEN_NEED_STATUSES } from "./need-status.ts";

export type GetCommunityNeedOptions = { actor: Actor; input: { needId: string } };

/**
 * One need for the secretary: everything, contact details included (the secretary sees them, per
 * item 10), the claims with the claimants' names and phones, the timeline, suggested duplicates
 * and the other open needs it could be merged into.
 */
export async function getCommunityNeed({ actor, input }: GetCommunityNeedOptions) {
  const community = authorize(actor, "needs.manage");
  const prisma = db();
  const need = await prisma.need.findFirst({
    where: { id: input.needId, communityId: community.orgId },
    include: {
      category: { select: { nameZh: true, nameEn: true, icon: true } },
      building: { select: { name: true } },
      unit: { select: { id: true, name: true } },
      activity: { select: { id: true, title: true, status: true } },
      mergedInto: { select: { id: true, content: true } },
      mergedNeeds: { select: { id: true, content: true, createdAt: true } },
      claims: {
        orderBy: { claimedAt: "asc" },
        select: {
          id: true,
          status: true,
          claimedAt: true,
          progressNote: true,
          doneAt: true,
          doneNote: true,
          returnedAt: true,
          returnReason: true,
          creditedAt: true,
          assignedById: true,
          viaUnitId: true,
          member: { select: { id: true, name: true, phone: true, building: { select: { name: true } } } },
        },
      },
      events: { orderBy: { id: "asc" }, select: { id: true, kind: true, params: true, createdAt: true, actorId: true } },
    },
  });
  if (!need) throw new NotFoundError();
  const actorIds = [...new Set(need.events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const [actors, duplicates, mergeTargets, entries] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    suggestDuplicates(community.orgId, [need]),
    (OPEN_NEED_STATUSES as readonly string[]).includes(need.status)
      ? prisma.need.findMany({
          where: {
            communityId: community.orgId,
            id: { not: need.id },
            status: { in: ["SUBMITTED", "PUBLISHED", "DISPATCHED", "CLAIMED"] },
          },
          orderBy: { createdAt: "desc" },
          take: 50,
          select: { id: true, content: true, building: { select: { name: true } } },
        })
      : Promise.resolve([]),
    prisma.pointsEntry.findMany({
      where: { needClaimId: { in: need.claims.map((c) => c.id) } },
      select: { needClaimId: true, amount: true },
    }),
  ]);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const points = new Map(entries.map((e) => [e.needClaimId, e.amount]));
  return {
    ...need,
    claims: need.claims.map((c) => ({ ...c, points: points.get(c.id) ?? null })),
    events: need.events.map((e) => ({ ...e, id: e.id.toString(), actorName: e.actorId ? (names.get(e.actorId) ?? null) : null })),
    duplicates: duplicates.get(need.id) ?? [],
    mergeTargets,
  };
}
