// Locking a need's row for a move of the state machine (decision 085): every use case that changes
// a need's status, places or claims takes this lock first, inside its transaction, then checks
// `canMove` on the row it read under the lock.
import type { Tx } from "../db.ts";
import type { NeedStatus } from "../generated/prisma/enums.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { canMove, type NeedMove } from "./need-status.ts";

export type LockedNeed = {
  id: string;
  communityId: string;
  categoryId: string;
  status: NeedStatus;
  places: number;
  claimedCount: number;
  unitId: string | null;
};

/**
 * `SELECT … FOR UPDATE` of one need, found by id inside a community (the tenant scope) or by the
 * hash of its tracking token. Anything else is simply not found.
 */
export async function lockNeed(tx: Tx, by: { id: string; communityId: string } | { trackingHash: string }): Promise<LockedNeed> {
  const rows =
    "trackingHash" in by
      ? await tx.$queryRaw<LockedNeed[]>`
          SELECT id, "communityId", "categoryId", status::text AS status, places, "claimedCount", "unitId"
          FROM "Need" WHERE "trackingHash" = ${by.trackingHash} FOR UPDATE`
      : await tx.$queryRaw<LockedNeed[]>`
          SELECT id, "communityId", "categoryId", status::text AS status, places, "claimedCount", "unitId"
          FROM "Need" WHERE id = ${by.id}::uuid AND "communityId" = ${by.communityId}::uuid FOR UPDATE`;
  const need = rows[0];
  if (!need) throw new NotFoundError();
  return need;
}

/** Refuses a move the state machine does not allow from the locked row's status. */
export function assertCanMove(need: Pick<LockedNeed, "status">, move: NeedMove): void {
  if (!canMove(need.status, move)) throw new UserFacingError(`needWork.cannot.${move}`);
}
