import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";

export type GetOwnEntriesOptions = { actor: Actor };

/** The signed-in member's roster entries (one per community they reported to, newest first). */
export async function getOwnEntries({ actor }: GetOwnEntriesOptions) {
  authorize(actor, "self.application");
  return db().member.findMany({
    where: { userId: actor.userId },
    orderBy: { reportedAt: "desc" },
    select: {
      id: true,
      name: true,
      status: true,
      rejectReason: true,
      kind: true,
      room: true,
      skills: true,
      reportedAt: true,
      verifiedAt: true,
      community: { select: { name: true } },
      grid: { select: { name: true } },
      building: { select: { name: true } },
      employerUnit: { select: { name: true } },
      employerName: true,
    },
  });
}
