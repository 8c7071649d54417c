import { describe, expect, it } from "vitest";
import { NEED_MOVES, canMove, isClaimable, isClosed, type NeedMove } from "@/lib/needs/need-status";
import { isTrackingToken, newTrackingToken, trackingHash } from "@/lib/needs/tracking-token";
import type { NeedStatus } from "@/lib/generated/prisma/enums";

const ALL: NeedStatus[] = [
  "SUBMITTED",
  "PUBLISHED",
  "DISPATCHED",
  "CLAIMED",
  "DONE",
  "CONFIRMED",
  "CLOSED",
  "REJECTED",
  "MERGED",
  "CONVERTED",
];

describe("need state machine", () => {
  it("never moves out of a closed state", () => {
    for (const status of ALL.filter(isClosed)) {
      for (const move of Object.keys(NEED_MOVES) as NeedMove[]) expect(canMove(status, move), `${status} ${move}`).toBe(false);
    }
  });

  it("allows a claim only while places remain on the board or among the claimants", () => {
    expect(isClaimable({ status: "PUBLISHED", places: 1, claimedCount: 0 })).toBe(true);
    expect(isClaimable({ status: "CLAIMED", places: 3, claimedCount: 2 })).toBe(true);
    expect(isClaimable({ status: "CLAIMED", places: 3, claimedCount: 3 })).toBe(false);
    expect(isClaimable({ status: "SUBMITTED", places: 1, claimedCount: 0 })).toBe(false);
    expect(isClaimable({ status: "DONE", places: 2, claimedCount: 1 })).toBe(false);
  });

  it("confirms only what claimants reported done", () => {
    expect(ALL.filter((s) => canMove(s, "confirm"))).toEqual(["DONE"]);
  });
});

describe("tracking token", () => {
  it("is random, shaped, and stored only as its hash", () => {
    const a = newTrackingToken();
    const b = newTrackingToken();
    expect(a.token).not.toBe(b.token);
    expect(isTrackingToken(a.token)).toBe(true);
    expect(a.hash).toBe(trackingHash(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(isTrackingToken("../../etc")).toBe(false);
  });
});
