// Every allowed and refused transition of the needs state machine, through the use cases that
// make them: each use case is tried from every status, and succeeds exactly where
// lib/needs/need-status.ts allows its move (and changes nothing otherwise).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { assignNeed } from "@/lib/needs/assign-need";
import { claimNeed } from "@/lib/needs/claim-need";
import { closeNeed } from "@/lib/needs/close-need";
import { confirmNeed } from "@/lib/needs/confirm-need";
import { convertNeed } from "@/lib/needs/convert-need";
import { finishNeedClaim } from "@/lib/needs/finish-need-claim";
import { mergeNeed } from "@/lib/needs/merge-need";
import { canMove, type NeedMove } from "@/lib/needs/need-status";
import { publishNeed } from "@/lib/needs/publish-need";
import { rejectNeed } from "@/lib/needs/reject-need";
import { reopenNeed } from "@/lib/needs/reopen-need";
import { returnNeedClaim } from "@/lib/needs/return-need-claim";
import { addClaim, createNeed, createNeedMember, type StreetWorld } from "../support/need-world";
import { createStreetWorld } from "../support/world";

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

type Case = {
  move: NeedMove;
  expected: NeedStatus;
  run: (world: StreetWorld, status: NeedStatus) => Promise<{ needId: string; attempt: () => Promise<unknown> }>;
};

const CASES: Case[] = [
  {
    move: "publish",
    expected: "PUBLISHED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status });
      return { needId: need.id, attempt: () => publishNeed({ actor: world.secretary, input: { needId: need.id, places: 2 } }) };
    },
  },
  {
    move: "reject",
    expected: "REJECTED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status });
      return {
        needId: need.id,
        attempt: () => rejectNeed({ actor: world.secretary, input: { needId: need.id, reason: "不属于社区服务范围" } }),
      };
    },
  },
  {
    move: "merge",
    expected: "MERGED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status });
      const { need: into } = await createNeed(world, { status: "PUBLISHED" });
      return {
        needId: need.id,
        attempt: () => mergeNeed({ actor: world.secretary, input: { needId: need.id, intoId: into.id } }),
      };
    },
  },
  {
    move: "convert",
    expected: "CONVERTED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status });
      return { needId: need.id, attempt: () => convertNeed({ actor: world.secretary, input: { needId: need.id } }) };
    },
  },
  {
    move: "assign",
    expected: "CLAIMED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status, places: 3 });
      const m = await createNeedMember(world);
      return {
        needId: need.id,
        attempt: () => assignNeed({ actor: world.secretary, input: { needId: need.id, memberIds: [m.member.id] } }),
      };
    },
  },
  {
    move: "claim",
    expected: "CLAIMED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status, places: 3 });
      const m = await createNeedMember(world);
      return { needId: need.id, attempt: () => claimNeed({ actor: m.actor, input: { needId: need.id } }) };
    },
  },
  {
    move: "release",
    expected: "PUBLISHED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status, places: 2 });
      const m = await createNeedMember(world);
      await addClaim(need.id, m.member.id, world.community.id, "ACTIVE");
      return {
        needId: need.id,
        attempt: () => returnNeedClaim({ actor: m.actor, input: { needId: need.id, reason: "临时出差" } }),
      };
    },
  },
  {
    move: "finish",
    expected: "DONE",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status, places: 2 });
      const m = await createNeedMember(world);
      await addClaim(need.id, m.member.id, world.community.id, "ACTIVE");
      return { needId: need.id, attempt: () => finishNeedClaim({ actor: m.actor, input: { needId: need.id, note: "已修好" } }) };
    },
  },
  {
    move: "confirm",
    expected: "CONFIRMED",
    run: async (world, status) => {
      const { need, token } = await createNeed(world, { status });
      return { needId: need.id, attempt: () => confirmNeed({ actor: null, input: { token, rating: 5 } }) };
    },
  },
  {
    move: "reopen",
    expected: "CLAIMED",
    run: async (world, status) => {
      const { need, token } = await createNeed(world, { status });
      return { needId: need.id, attempt: () => reopenNeed({ actor: null, input: { token, reason: "还没好" } }) };
    },
  },
  {
    move: "close",
    expected: "CLOSED",
    run: async (world, status) => {
      const { need } = await createNeed(world, { status });
      return {
        needId: need.id,
        attempt: () => closeNeed({ actor: world.secretary, input: { needId: need.id, reason: "居民已自行解决" } }),
      };
    },
  },
];

describe("the needs state machine, through its use cases", () => {
  for (const c of CASES) {
    it(`${c.move}: allowed from ${ALL.filter((s) => canMove(s, c.move)).join(", ")}; refused from every other status`, async () => {
      const world = await createStreetWorld();
      for (const status of ALL) {
        const { needId, attempt } = await c.run(world, status);
        const before = await db().need.findUniqueOrThrow({ where: { id: needId } });
        const events = await db().needEvent.count({ where: { needId } });
        if (canMove(status, c.move)) {
          await attempt();
          expect((await db().need.findUniqueOrThrow({ where: { id: needId } })).status, `${c.move} from ${status}`).toBe(
            c.expected,
          );
          expect(await db().needEvent.count({ where: { needId } })).toBeGreaterThan(events);
        } else {
          const error = await attempt().then(
            () => null,
            (e: unknown) => e,
          );
          expect(error, `${c.move} from ${status}`).toMatchObject({
            messageKey: c.move === "claim" && status === "SUBMITTED" ? "errors.notFound" : `needWork.cannot.${c.move}`,
          });
          const after = await db().need.findUniqueOrThrow({ where: { id: needId } });
          expect(after).toEqual(before);
          expect(await db().needEvent.count({ where: { needId } })).toBe(events);
        }
      }
    });
  }
});
