// Who is acting on a need in the evaluation step: the resident holding the tracking link, or the
// secretary recording the resident's answer from a phone call.
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import type { Tx } from "../db.ts";
import { lockNeed, type LockedNeed } from "./need-lock.ts";
import { trackingHash } from "./tracking-token.ts";

export type ResidentOrSecretary = { via: "RESIDENT"; actorId: null } | { via: "PHONE"; actorId: string };

/** Authorizes first (outside the transaction), then locks the need inside it. */
export function evaluationScope(actor: Actor | null, input: { token: string } | { needId: string }) {
  if ("token" in input) {
    const hash = trackingHash(input.token);
    return {
      who: { via: "RESIDENT", actorId: null } as ResidentOrSecretary,
      lock: (tx: Tx): Promise<LockedNeed> => lockNeed(tx, { trackingHash: hash }),
    };
  }
  const community = authorize(actor, "needs.manage");
  return {
    who: { via: "PHONE", actorId: actor!.userId } as ResidentOrSecretary,
    lock: (tx: Tx): Promise<LockedNeed> => lockNeed(tx, { id: input.needId, communityId: community.orgId }),
  };
}
