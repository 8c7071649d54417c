import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeNeed } from "@/lib/needs/close-need";
import { confirmNeed } from "@/lib/needs/confirm-need";
import { reopenNeed } from "@/lib/needs/reopen-need";
import { newTrackingToken } from "@/lib/needs/tracking-token";
import { categoryIdOf } from "@/prisma/factories";
import { addClaim, createDoneNeed, createNeed, createNeedMember } from "../support/need-world";
import { createStreetWorld } from "../support/world";

async function entriesOf(needId: string) {
  const claims = await db().needClaim.findMany({ where: { needId }, select: { id: true } });
  return db().pointsEntry.findMany({ where: { needClaimId: { in: claims.map((c) => c.id) } }, orderBy: { id: "asc" } });
}

describe("confirming a need (群众评单)", () => {
  it("credits each DONE claimant once from the resident's tracking link, with the rating", async () => {
    const world = await createStreetWorld();
    const { need, token, members } = await createDoneNeed(world, 2);
    const result = await confirmNeed({ actor: null, input: { token, rating: 5, comment: "很满意" } });
    expect(result).toMatchObject({ needId: need.id, credited: 2, points: 5 });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after).toMatchObject({
      status: "CONFIRMED",
      rating: 5,
      ratingComment: "很满意",
      ratingSource: "RESIDENT",
      ratedById: null,
    });
    expect(after.confirmedAt).not.toBeNull();
    const entries = await entriesOf(need.id);
    expect(entries.map((e) => e.memberId).sort()).toEqual(members.map((m) => m.member.id).sort());
    expect(entries.every((e) => e.kind === "EARN" && e.amount === 5 && e.communityId === world.community.id)).toBe(true);
    const claims = await db().needClaim.findMany({ where: { needId: need.id } });
    expect(claims.every((c) => c.creditedAt !== null && Number(c.hours) === 1)).toBe(true);
    const events = await db().needEvent.findMany({ where: { needId: need.id } });
    expect(events.map((e) => e.kind)).toEqual(["confirmed"]);
    expect(JSON.stringify(events[0].params)).not.toContain("王阿姨");
    expect(await db().auditEvent.count({ where: { entityId: need.id, action: "need.confirm" } })).toBe(1);
    const notes = await db().notification.findMany({ where: { kind: "needConfirmed", link: `/me/needs/${need.id}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual(members.map((m) => m.actor.userId).sort());
  });

  it("takes the points and hours from the community's rule for the category", async () => {
    const world = await createStreetWorld();
    const categoryId = await categoryIdOf();
    await db().needPointsRule.create({ data: { communityId: world.community.id, categoryId, points: 12, hours: 2.5 } });
    const { need, token } = await createDoneNeed(world, 1, { categoryId });
    await confirmNeed({ actor: null, input: { token, rating: 4 } });
    const [entry] = await entriesOf(need.id);
    expect(entry.amount).toBe(12);
    expect(Number((await db().needClaim.findFirstOrThrow({ where: { needId: need.id } })).hours)).toBe(2.5);
  });

  it("uses the community's default points when no rule exists", async () => {
    const world = await createStreetWorld();
    await db().communitySettings.create({ data: { communityId: world.community.id, needDefaultPoints: 8 } });
    const { need, token } = await createDoneNeed(world, 1);
    await confirmNeed({ actor: null, input: { token, rating: 3 } });
    expect((await entriesOf(need.id))[0].amount).toBe(8);
  });

  it("records the secretary's phone call with ratingSource PHONE", async () => {
    const world = await createStreetWorld();
    const { need } = await createDoneNeed(world, 1);
    await confirmNeed({ actor: world.secretary, input: { needId: need.id, rating: 4, comment: "电话回访满意" } });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after).toMatchObject({ status: "CONFIRMED", ratingSource: "PHONE", ratedById: world.secretary.userId, rating: 4 });
    expect(await entriesOf(need.id)).toHaveLength(1);
  });

  it("credits nobody twice: a second confirmation is refused", async () => {
    const world = await createStreetWorld();
    const { need, token } = await createDoneNeed(world, 1);
    await confirmNeed({ actor: null, input: { token, rating: 5 } });
    await expect(confirmNeed({ actor: null, input: { token, rating: 1 } })).rejects.toMatchObject({
      messageKey: "needWork.cannot.confirm",
    });
    await expect(confirmNeed({ actor: world.secretary, input: { needId: need.id, rating: 2 } })).rejects.toMatchObject({
      messageKey: "needWork.cannot.confirm",
    });
    expect(await entriesOf(need.id)).toHaveLength(1);
    expect((await db().need.findUniqueOrThrow({ where: { id: need.id } })).rating).toBe(5);
  });

  it("credits once under two concurrent confirmations (resident and secretary at once)", async () => {
    const world = await createStreetWorld();
    const { need, token } = await createDoneNeed(world, 3);
    const results = await Promise.allSettled([
      confirmNeed({ actor: null, input: { token, rating: 5 } }),
      confirmNeed({ actor: world.secretary, input: { needId: need.id, rating: 4 } }),
      confirmNeed({ actor: null, input: { token, rating: 3 } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ messageKey: "needWork.cannot.confirm" });
    const entries = await entriesOf(need.id);
    expect(entries).toHaveLength(3);
    expect(new Set(entries.map((e) => e.needClaimId)).size).toBe(3);
    expect(await db().needEvent.count({ where: { needId: need.id, kind: "confirmed" } })).toBe(1);
  });

  it("does not credit a claimant who handed the need back", async () => {
    const world = await createStreetWorld();
    const { need, token, members } = await createDoneNeed(world, 1);
    const quitter = await createNeedMember(world);
    await addClaim(need.id, quitter.member.id, world.community.id, "RETURNED");
    await confirmNeed({ actor: null, input: { token, rating: 5 } });
    expect((await entriesOf(need.id)).map((e) => e.memberId)).toEqual([members[0].member.id]);
  });

  it("refuses a need that is not DONE, and writes nothing", async () => {
    const world = await createStreetWorld();
    for (const status of [
      "SUBMITTED",
      "PUBLISHED",
      "DISPATCHED",
      "CLAIMED",
      "CONFIRMED",
      "CLOSED",
      "REJECTED",
      "MERGED",
      "CONVERTED",
    ] as const) {
      const { need, token } = await createNeed(world, { status });
      await expect(confirmNeed({ actor: null, input: { token, rating: 5 } })).rejects.toMatchObject({
        messageKey: "needWork.cannot.confirm",
      });
      expect((await db().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe(status);
    }
    expect(await db().needEvent.count({ where: { need: { communityId: world.community.id } } })).toBe(0);
  });

  it("finds nothing with an unknown token or a need of another community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { need } = await createDoneNeed(other, 1);
    await expect(confirmNeed({ actor: null, input: { token: newTrackingToken().token, rating: 5 } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    await expect(confirmNeed({ actor: world.secretary, input: { needId: need.id, rating: 5 } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    expect((await db().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("DONE");
  });

  it("refuses a phone confirmation by anyone but the community's secretary", async () => {
    const world = await createStreetWorld();
    const { need, members } = await createDoneNeed(world, 1);
    await expect(confirmNeed({ actor: members[0].actor, input: { needId: need.id, rating: 5 } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    await expect(confirmNeed({ actor: null, input: { needId: need.id, rating: 5 } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    await expect(confirmNeed({ actor: world.admin, input: { needId: need.id, rating: 5 } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
  });
});

describe("reopening a need (还没办好)", () => {
  it("sends a DONE need back to its claimants, who are told why", async () => {
    const world = await createStreetWorld();
    const { need, token, members } = await createDoneNeed(world, 2);
    await reopenNeed({ actor: null, input: { token, reason: "灯还是不亮" } });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id }, include: { claims: true } });
    expect(after.status).toBe("CLAIMED");
    expect(after.doneAt).toBeNull();
    expect(after.claims.every((c) => c.status === "ACTIVE" && c.doneAt === null)).toBe(true);
    expect(await entriesOf(need.id)).toHaveLength(0);
    const event = await db().needEvent.findFirstOrThrow({ where: { needId: need.id } });
    expect(event).toMatchObject({ kind: "reopened", visibleToResident: true });
    const notes = await db().notification.findMany({ where: { kind: "needReopened", link: `/me/needs/${need.id}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual(members.map((m) => m.actor.userId).sort());
    expect(await db().auditEvent.count({ where: { entityId: need.id, action: "need.reopen" } })).toBe(1);
  });

  it("lets the secretary reopen from a phone call, then a later confirmation credits once", async () => {
    const world = await createStreetWorld();
    const { need, token } = await createDoneNeed(world, 1);
    await reopenNeed({ actor: world.secretary, input: { needId: need.id, reason: "电话回访：还差一点" } });
    await db().needClaim.updateMany({ where: { needId: need.id }, data: { status: "DONE", doneAt: new Date() } });
    await db().need.update({ where: { id: need.id }, data: { status: "DONE" } });
    await confirmNeed({ actor: null, input: { token, rating: 4 } });
    expect(await entriesOf(need.id)).toHaveLength(1);
  });

  it("refuses a need that is not DONE", async () => {
    const world = await createStreetWorld();
    for (const status of ["SUBMITTED", "PUBLISHED", "CLAIMED", "CONFIRMED", "CLOSED"] as const) {
      const { token } = await createNeed(world, { status });
      await expect(reopenNeed({ actor: null, input: { token, reason: "没办好" } })).rejects.toMatchObject({
        messageKey: "needWork.cannot.reopen",
      });
    }
  });

  it("finds nothing of another community", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { need } = await createDoneNeed(other, 1);
    await expect(reopenNeed({ actor: world.secretary, input: { needId: need.id, reason: "x" } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
  });
});

describe("closing a need", () => {
  it("closes every open status with a reason shown to the resident, crediting nobody", async () => {
    const world = await createStreetWorld();
    const closed: string[] = [];
    for (const status of ["SUBMITTED", "PUBLISHED", "DISPATCHED", "CLAIMED", "DONE"] as const) {
      const { need } = await createNeed(world, { status });
      if (status === "DONE") {
        const m = await createNeedMember(world);
        await addClaim(need.id, m.member.id, world.community.id, "DONE");
      }
      await closeNeed({ actor: world.secretary, input: { needId: need.id, reason: "居民联系不上" } });
      closed.push(need.id);
      const after = await db().need.findUniqueOrThrow({ where: { id: need.id } });
      expect(after).toMatchObject({ status: "CLOSED", reason: "居民联系不上" });
      expect(after.closedAt).not.toBeNull();
      expect(await db().needEvent.count({ where: { needId: need.id, kind: "closed" } })).toBe(1);
    }
    for (const id of closed) expect(await entriesOf(id)).toHaveLength(0);
    expect(await db().auditEvent.count({ where: { action: "need.close", entityId: { in: closed } } })).toBe(5);
  });

  it("refuses a closed need, another community's need, and anyone but the secretary", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    for (const status of ["CONFIRMED", "CLOSED", "REJECTED", "MERGED", "CONVERTED"] as const) {
      const { need } = await createNeed(world, { status });
      await expect(closeNeed({ actor: world.secretary, input: { needId: need.id, reason: "x" } })).rejects.toMatchObject({
        messageKey: "needWork.cannot.close",
      });
    }
    const { need: foreign } = await createNeed(other, { status: "PUBLISHED" });
    await expect(closeNeed({ actor: world.secretary, input: { needId: foreign.id, reason: "x" } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    const member = await createNeedMember(world);
    const { need: mine } = await createNeed(world, { status: "PUBLISHED" });
    await expect(closeNeed({ actor: member.actor, input: { needId: mine.id, reason: "x" } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    expect((await db().need.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("PUBLISHED");
  });
});
