import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pointsBalance } from "@/lib/points/ledger";
import { createReward } from "@/lib/time-bank/create-reward";
import { handleRedemption } from "@/lib/time-bank/handle-redemption";
import { redeemReward } from "@/lib/time-bank/redeem-reward";
import { createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

async function credit(memberId: string, communityId: string, amount: number) {
  await db().pointsEntry.create({ data: { memberId, communityId, kind: "ADJUST", amount, reason: "测试" } });
}

describe("time bank (时间银行)", () => {
  it("redeems, then fulfils or cancels with stock and points returned", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await credit(member.memberId, world.community.id, 30);
    const { id: rewardId } = await createReward({
      actor: world.secretary,
      input: { name: "理发服务券", pointsPrice: 10, stock: 2 },
    });

    const first = await redeemReward({ actor: member, input: { rewardId } });
    const second = await redeemReward({ actor: member, input: { rewardId } });
    expect(second.balance).toBe(10);
    await expect(redeemReward({ actor: member, input: { rewardId } })).rejects.toMatchObject({
      messageKey: "timebank.outOfStock",
    });

    await handleRedemption({ actor: world.secretary, input: { id: first.redemptionId, outcome: "FULFILLED" } });
    await handleRedemption({ actor: world.secretary, input: { id: second.redemptionId, outcome: "CANCELLED" } });
    await expect(
      handleRedemption({ actor: world.secretary, input: { id: second.redemptionId, outcome: "FULFILLED" } }),
    ).rejects.toThrow(NotFoundError);
    expect(await pointsBalance(member.memberId)).toBe(20);
    expect((await db().reward.findUniqueOrThrow({ where: { id: rewardId } })).stock).toBe(1);
    expect(
      (await db().pointsEntry.findMany({ where: { memberId: member.memberId }, orderBy: { id: "asc" } })).map((e) => [
        e.kind,
        e.amount,
      ]),
    ).toEqual([
      ["ADJUST", 30],
      ["REDEEM", -10],
      ["REDEEM", -10],
      ["REFUND", 10],
    ]);
  });

  it("refuses a redemption the balance cannot pay for", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await credit(member.memberId, world.community.id, 9);
    const { id: rewardId } = await createReward({
      actor: world.secretary,
      input: { name: "家政服务 1 小时", pointsPrice: 10, stock: 5 },
    });
    await expect(redeemReward({ actor: member, input: { rewardId } })).rejects.toMatchObject({
      messageKey: "timebank.notEnoughPoints",
    });
    expect((await db().reward.findUniqueOrThrow({ where: { id: rewardId } })).stock).toBe(5);
  });

  it("concurrent redemptions never overdraw a balance", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await credit(member.memberId, world.community.id, 35);
    const { id: rewardId } = await createReward({ actor: world.secretary, input: { name: "毛巾", pointsPrice: 10, stock: 100 } });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => redeemReward({ actor: member, input: { rewardId } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await pointsBalance(member.memberId)).toBe(5);
    expect((await db().reward.findUniqueOrThrow({ where: { id: rewardId } })).stock).toBe(97);
  });

  it("concurrent redemptions by many members never take the stock below zero", async () => {
    const world = await createStreetWorld();
    const members = await createMemberActors(world, 20);
    for (const m of members) await credit(m.memberId, world.community.id, 50);
    const { id: rewardId } = await createReward({ actor: world.secretary, input: { name: "电影票", pointsPrice: 20, stock: 7 } });
    const results = await Promise.allSettled(members.map((actor) => redeemReward({ actor, input: { rewardId } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    expect((await db().reward.findUniqueOrThrow({ where: { id: rewardId } })).stock).toBe(0);
    expect(await db().redemption.count({ where: { rewardId } })).toBe(7);
    const total = (
      await db().pointsEntry.aggregate({ where: { kind: "REDEEM", communityId: world.community.id }, _sum: { amount: true } })
    )._sum.amount;
    expect(total).toBe(-140);
  });

  it("the database refuses a ledger entry that would take a balance below zero, and negative stock", async () => {
    const world = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await credit(member.memberId, world.community.id, 5);
    await expect(
      db().pointsEntry.create({
        data: { memberId: member.memberId, communityId: world.community.id, kind: "REDEEM", amount: -6 },
      }),
    ).rejects.toThrow(/below zero/);
    const { id: rewardId } = await createReward({ actor: world.secretary, input: { name: "雨伞", pointsPrice: 5, stock: 0 } });
    await expect(db().reward.update({ where: { id: rewardId }, data: { stock: -1 } })).rejects.toThrow(
      /Reward_stock_not_negative|check/i,
    );
  });

  it("another community's reward or redemption is not found", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const [member] = await createMemberActors(world, 1);
    await credit(member.memberId, world.community.id, 50);
    const { id: foreignReward } = await createReward({
      actor: other.secretary,
      input: { name: "外社区礼品", pointsPrice: 5, stock: 5 },
    });
    await expect(redeemReward({ actor: member, input: { rewardId: foreignReward } })).rejects.toThrow(NotFoundError);
    const { id: rewardId } = await createReward({ actor: world.secretary, input: { name: "礼品", pointsPrice: 5, stock: 5 } });
    const { redemptionId } = await redeemReward({ actor: member, input: { rewardId } });
    await expect(handleRedemption({ actor: other.secretary, input: { id: redemptionId, outcome: "CANCELLED" } })).rejects.toThrow(
      NotFoundError,
    );
  });
});
