import type { NeedStatus } from "../generated/prisma/enums.ts";

/**
 * The needs loop's state machine (三单制: 群众点单 → 社区派单 / 党员接单 → 群众评单), the one place
 * that says which step may follow which. Use cases check `canMove` inside the transaction that locks
 * the need's row, and refuse with a user-facing message otherwise.
 *
 *   SUBMITTED ─publish→ PUBLISHED ─claim→ CLAIMED ─done→ DONE ─confirm→ CONFIRMED
 *       │ reject / merge / convert / dispatch / assign      ↑ return (last claim)   │ reopen
 *       ↓                                                  └──────────────────────┘
 *   REJECTED · MERGED · CONVERTED · DISPATCHED ─assign→ CLAIMED;  any open state ─close→ CLOSED
 */
export const NEED_MOVES = {
  /** triage: put it on the members' board, anonymized */
  publish: { from: ["SUBMITTED"], to: "PUBLISHED" },
  /** triage: turn it down with a reason only the resident sees */
  reject: { from: ["SUBMITTED", "PUBLISHED"], to: "REJECTED" },
  /** triage: a duplicate, folded into another open need */
  merge: { from: ["SUBMITTED", "PUBLISHED"], to: "MERGED" },
  /** triage: many hands needed, made into an activity (linked both ways) */
  convert: { from: ["SUBMITTED", "PUBLISHED"], to: "CONVERTED" },
  /** triage: onto a co-building unit's monthly task list */
  dispatch: { from: ["SUBMITTED", "PUBLISHED"], to: "DISPATCHED" },
  /** the secretary (or the unit admin, for a dispatched need) names the claimants */
  assign: { from: ["SUBMITTED", "PUBLISHED", "DISPATCHED", "CLAIMED"], to: "CLAIMED" },
  /** a member takes a place on the board (while places remain) */
  claim: { from: ["PUBLISHED", "CLAIMED"], to: "CLAIMED" },
  /** the last active claimant hands it back: to the board, or back to the unit's list */
  release: { from: ["CLAIMED"], to: "PUBLISHED" },
  releaseToUnit: { from: ["CLAIMED"], to: "DISPATCHED" },
  /** every active claimant reported it done */
  finish: { from: ["CLAIMED"], to: "DONE" },
  /** the resident (or the secretary from a phone call) confirms and rates: claimants credited */
  confirm: { from: ["DONE"], to: "CONFIRMED" },
  /** the resident says it is not done after all */
  reopen: { from: ["DONE"], to: "CLAIMED" },
  /** the secretary closes it with a reason (e.g. nobody confirms, withdrawn) */
  close: { from: ["SUBMITTED", "PUBLISHED", "DISPATCHED", "CLAIMED", "DONE"], to: "CLOSED" },
} as const satisfies Record<string, { from: readonly NeedStatus[]; to: NeedStatus }>;

export type NeedMove = keyof typeof NEED_MOVES;

export const OPEN_NEED_STATUSES = [
  "SUBMITTED",
  "PUBLISHED",
  "DISPATCHED",
  "CLAIMED",
  "DONE",
] as const satisfies readonly NeedStatus[];
export const CLOSED_NEED_STATUSES = [
  "CONFIRMED",
  "CLOSED",
  "REJECTED",
  "MERGED",
  "CONVERTED",
] as const satisfies readonly NeedStatus[];

export function canMove(status: NeedStatus, move: NeedMove): boolean {
  return (NEED_MOVES[move].from as readonly NeedStatus[]).includes(status);
}

export function isClosed(status: NeedStatus): boolean {
  return (CLOSED_NEED_STATUSES as readonly NeedStatus[]).includes(status);
}

/** Statuses a member may claim from, when places remain (claimedCount < places). */
export function isClaimable(need: { status: NeedStatus; places: number; claimedCount: number }): boolean {
  return canMove(need.status, "claim") && need.claimedCount < need.places;
}
