import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { decideChangeRequest } from "@/lib/members/decide-change-request";
import { listChangeRequests } from "@/lib/members/list-change-requests";
import { listPendingMembers } from "@/lib/members/list-pending-members";
import { registerMember } from "@/lib/members/register-member";
import { rejectMembersAsSpam, SPAM_REASON } from "@/lib/members/reject-members-as-spam";
import { bulkDecisionSchema, registerMemberSchema } from "@/lib/members/schema";
import { createMember, createUser, uniquePhone } from "@/prisma/factories";
import { provenCode, uniqueAddress } from "../support/phone-codes";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

/** A wave of self-registrations: users, pending entries and member grants, written in bulk. */
async function spamWave(world: World, count: number, name: string) {
  const users = Array.from({ length: count }, () => ({ phone: uniquePhone(), name, passwordHash: "x" }));
  const created = await db().user.createManyAndReturn({ data: users, select: { id: true, phone: true } });
  await db().member.createMany({
    data: created.map((u) => ({
      userId: u.id,
      phone: u.phone,
      name,
      communityId: world.community.id,
      status: "PENDING" as const,
    })),
  });
  await db().roleGrant.createMany({
    data: created.map((u) => ({ userId: u.id, role: "MEMBER" as const, organizationId: world.community.id })),
  });
  return created;
}

describe("clearing spam registrations in bulk", () => {
  it("rejects 2,000 matching a search in one go, revokes their member role, audits each, and leaves the rest", async () => {
    const world = await createStreetWorld();
    const spam = await spamWave(world, 2000, "广告刷单");
    const genuine = await createMember({ communityId: world.community.id, name: "周晓东", status: "PENDING" });
    const elsewhere = await createStreetWorld();
    const foreign = await spamWave(elsewhere, 3, "广告刷单");

    const queue = await listPendingMembers({ actor: world.secretary, input: { q: "广告" } });
    expect({ total: queue.total, shown: queue.members.length }).toEqual({ total: 2000, shown: 50 });
    const page40 = await listPendingMembers({ actor: world.secretary, input: { q: "广告", page: 40 } });
    expect(page40.members).toHaveLength(50);

    const started = Date.now();
    const result = await rejectMembersAsSpam({ actor: world.secretary, input: { matching: { q: "广告" } } });
    const seconds = (Date.now() - started) / 1000;
    expect(result).toEqual({ rejected: 2000, revoked: 2000 });
    expect(seconds).toBeLessThan(30);

    expect(
      await db().member.count({ where: { communityId: world.community.id, status: "REJECTED", rejectReason: SPAM_REASON } }),
    ).toBe(2000);
    expect(await db().roleGrant.count({ where: { userId: { in: spam.map((u) => u.id) } } })).toBe(0);
    expect(
      await db().auditEvent.count({
        where: { action: "member.rejectSpam", actorId: world.secretary.userId, scopeOrgId: world.community.id },
      }),
    ).toBe(2000);
    expect((await db().member.findUniqueOrThrow({ where: { id: genuine.id } })).status).toBe("PENDING");
    // another community's queue is out of reach
    expect(await db().member.count({ where: { userId: { in: foreign.map((u) => u.id) }, status: "PENDING" } })).toBe(3);
    expect(await db().roleGrant.count({ where: { userId: { in: foreign.map((u) => u.id) } } })).toBe(3);
  });

  it("through the bulk form: ticked ids only, ids of other communities ignored, nothing to clear is not found", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const [a, b] = await spamWave(world, 2, "刷单");
    const [foreign] = await spamWave(other, 1, "刷单");
    const ids = await db().member.findMany({
      where: { userId: { in: [a!.id, b!.id, foreign!.id] } },
      select: { id: true, userId: true },
    });
    const definition = {
      permission: "roster.verify" as const,
      schema: bulkDecisionSchema,
      run: async ({ actor, input }: { actor: typeof world.secretary; input: { memberIds: string[] } }) =>
        rejectMembersAsSpam({ actor, input: { memberIds: input.memberIds } }),
    };
    const data = new FormData();
    data.set("decision", "spam");
    for (const m of ids.filter((m) => m.userId !== b!.id)) data.append("memberIds", m.id);
    const state = await executeAction(definition, world.secretary, data);
    expect(state).toMatchObject({ ok: true, data: { rejected: 1 } });
    expect(await db().member.count({ where: { userId: b!.id, status: "PENDING" } })).toBe(1);
    expect(await db().member.count({ where: { userId: foreign!.id, status: "PENDING" } })).toBe(1);

    const nothing = new FormData();
    nothing.set("decision", "spam");
    expect(await executeAction(definition, world.secretary, nothing)).toMatchObject({
      ok: false,
      fieldErrors: { memberIds: "verification.chooseSome" },
    });
    await expect(rejectMembersAsSpam({ actor: other.secretary, input: { memberIds: [ids[0]!.id] } })).rejects.toThrow(
      NotFoundError,
    );
    const member = await createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] });
    await expect(rejectMembersAsSpam({ actor: await actorFor(member.id), input: { matching: {} } })).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("a claimed entry's proposed changes", () => {
  async function claim(world: World, phone: string, overrides: Record<string, string> = {}) {
    const input = registerMemberSchema.parse({
      name: "周小东",
      gender: "MALE",
      phone,
      code: await provenCode(phone),
      password: "Report#2026",
      communityId: world.community.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
      room: "1201",
      kind: "RESIDENT",
      consent: "on",
      ...overrides,
    });
    return registerMember({ input, clientAddress: uniqueAddress() });
  }

  it("wait for the secretary, who applies them (audited) or keeps the roster as it was", async () => {
    const world = await createStreetWorld();
    const first = await createMember({ communityId: world.community.id, phone: uniquePhone(), name: "周晓东", status: "ACTIVE" });
    const second = await createMember({ communityId: world.community.id, phone: uniquePhone(), name: "王芳", status: "ACTIVE" });
    await claim(world, first.phone);
    await claim(world, second.phone, { name: "王芳芳" });

    const requests = await listChangeRequests({ actor: world.secretary });
    expect(requests.map((r) => r.member.id)).toEqual([first.id, second.id]);
    expect(requests[0]!.changes).toContainEqual({ field: "buildingId", from: expect.any(String), to: world.building.name });

    // another community's secretary sees none of it and cannot decide
    const other = await createStreetWorld();
    expect(await listChangeRequests({ actor: other.secretary })).toEqual([]);
    await expect(
      decideChangeRequest({ actor: other.secretary, input: { id: requests[0]!.id, decision: "apply" } }),
    ).rejects.toThrow(NotFoundError);

    await decideChangeRequest({ actor: world.secretary, input: { id: requests[0]!.id, decision: "apply" } });
    expect(await db().member.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      name: "周小东",
      room: "1201",
      buildingId: world.building.id,
    });
    await decideChangeRequest({ actor: world.secretary, input: { id: requests[1]!.id, decision: "dismiss" } });
    expect((await db().member.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("王芳");
    expect(await listChangeRequests({ actor: world.secretary })).toEqual([]);
    const audit = await db().auditEvent.findMany({
      where: { entityId: { in: [first.id, second.id] } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["member.claim", "member.claim", "member.applyChanges", "member.dismissChanges"]);
  });
});
