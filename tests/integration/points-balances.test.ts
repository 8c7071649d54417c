import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMemberBalances } from "@/lib/points/list-member-balances";
import { createMember } from "@/prisma/factories";
import { createStreetWorld } from "../support/world";

describe("members' balances", () => {
  it("gives one page for the table and every member for the adjustment form", async () => {
    const world = await createStreetWorld();
    const members = [];
    for (let i = 0; i < 60; i++) members.push(await createMember({ communityId: world.community.id }));
    await db().pointsEntry.create({
      data: { memberId: members[59].id, communityId: world.community.id, kind: "ADJUST", amount: 9, reason: "测试" },
    });
    const balances = await listMemberBalances({ actor: world.secretary });
    expect(balances.rows).toHaveLength(50);
    expect(balances.all).toHaveLength(60);
    expect(balances.rows[0]).toMatchObject({ id: members[59].id, balance: 9 });
  });
});
