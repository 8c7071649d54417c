import { db } from "../db.ts";
import { pickActiveGrant, toGrant, type Actor } from "./actor.ts";

/** Loads a person's live grants (revocations take effect on the next request). */
export async function loadActor(userId: string, preferredGrantId?: string): Promise<Actor | null> {
  const user = await db().user.findFirst({
    where: { id: userId, disabledAt: null },
    select: {
      id: true,
      name: true,
      phone: true,
      grants: {
        where: { organization: { archivedAt: null } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          organization: {
            select: { id: true, name: true, kind: true, streetId: true, communityId: true, verifiedAt: true },
          },
        },
      },
      members: { where: { status: "ACTIVE" }, select: { communityId: true } },
    },
  });
  if (!user) return null;
  const activeCommunityIds = new Set(user.members.map((m) => m.communityId));
  const grants = user.grants.map((row) => toGrant(row, activeCommunityIds));
  return { userId: user.id, name: user.name, phone: user.phone, grants, active: pickActiveGrant(grants, preferredGrantId) };
}
