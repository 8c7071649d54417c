import "server-only";
import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { ForbiddenError } from "../errors.ts";

/**
 * Who may record a need on a resident's behalf (上门收集), and for which buildings: the secretary
 * (needs.record) for the whole community; a verified member who is a building group leader
 * (Member.isBuildingLeader) for their own building only. Anyone else is refused.
 */
export async function onBehalfScope(
  actor: Actor | null,
): Promise<{ communityId: string; buildingIds: string[] | null; actorId: string }> {
  const active = actor?.active;
  if (!actor || !active) throw new ForbiddenError();
  if (can(actor, "needs.record")) return { communityId: active.orgId, buildingIds: null, actorId: actor.userId };
  if (active.role === "MEMBER" && can(actor, "self.view")) {
    const leader = await db().member.findFirst({
      where: {
        userId: actor.userId,
        communityId: active.orgId,
        status: "ACTIVE",
        isBuildingLeader: true,
        buildingId: { not: null },
      },
      select: { buildingId: true },
    });
    if (leader?.buildingId) return { communityId: active.orgId, buildingIds: [leader.buildingId], actorId: actor.userId };
  }
  throw new ForbiddenError();
}
