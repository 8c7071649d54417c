import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignNeed } from "@/lib/needs/assign-need";
import { claimNeed } from "@/lib/needs/claim-need";
import { convertNeed } from "@/lib/needs/convert-need";
import { finishNeedClaim } from "@/lib/needs/finish-need-claim";
import { mergeNeed } from "@/lib/needs/merge-need";
import { publishNeed } from "@/lib/needs/publish-need";
import { recordNeedProgress } from "@/lib/needs/record-need-progress";
import { rejectNeed } from "@/lib/needs/reject-need";
import { returnNeedClaim } from "@/lib/needs/return-need-claim";
import { createMemberWithAccount, createWorkUnit } from "@/prisma/factories";
import { addClaim, createNeed, createNeedMember } from "../support/need-world";
import { actorFor, createStreetWorld } from "../support/world";

describe("claiming needs (党员接单)", () => {
  it("gives 3 places to exactly 3 of 20 members tapping at once; the others are told the places are gone", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world, { status: "PUBLISHED", places: 3 });
    const members = [];
    for (let i = 0; i < 20; i++) members.push(await createNeedMember(world));
    const results = await Promise.allSettled(members.map((m) => claimNeed({ actor: m.actor, input: { needId: need.id } })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(17);
    for (const r of lost) expect(r.reason).toMatchObject({ messageKey: "needWork.full" });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after).toMatchObject({ status: "CLAIMED", claimedCount: 3, places: 3 });
    expect(after.firstClaimedAt).not.toBeNull();
    expect(await db().needClaim.count({ where: { needId: need.id, status: "ACTIVE" } })).toBe(3);
    expect(await db().needEvent.count({ where: { needId: need.id, kind: "claimed" } })).toBe(3);
  });

  it("lets a member join a group claim while places remain, once", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world, { status: "PUBLISHED", places: 2 });
    const [a, b, c] = [await createNeedMember(world), await createNeedMember(world), await createNeedMember(world)];
    expect(await claimNeed({ actor: a.actor, input: { needId: need.id } })).toMatchObject({ placesLeft: 1 });
    await expect(claimNeed({ actor: a.actor, input: { needId: need.id } })).rejects.toMatchObject({
      messageKey: "needWork.alreadyClaimed",
    });
    expect(await claimNeed({ actor: b.actor, input: { needId: need.id } })).toMatchObject({ placesLeft: 0 });
    await expect(claimNeed({ actor: c.actor, input: { needId: need.id } })).rejects.toMatchObject({
      messageKey: "needWork.full",
    });
  });

  it("refuses a member not yet verified, a need of another community, and one not yet published", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const pending = await createMemberWithAccount({ communityId: world.community.id, status: "PENDING" });
    const { need } = await createNeed(world, { status: "PUBLISHED" });
    await expect(claimNeed({ actor: await actorFor(pending.userId!), input: { needId: need.id } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    const m = await createNeedMember(world);
    const { need: foreign } = await createNeed(other, { status: "PUBLISHED" });
    await expect(claimNeed({ actor: m.actor, input: { needId: foreign.id } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    const { need: fresh } = await createNeed(world, { status: "SUBMITTED" });
    await expect(claimNeed({ actor: m.actor, input: { needId: fresh.id } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    await expect(claimNeed({ actor: world.secretary, input: { needId: need.id } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    expect(await db().needClaim.count({ where: { needId: { in: [need.id, foreign.id, fresh.id] } } })).toBe(0);
  });

  it("walks a group claim: progress, one done (still claimed), the other done (DONE)", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world, { status: "PUBLISHED", places: 2 });
    const [a, b] = [await createNeedMember(world), await createNeedMember(world)];
    await claimNeed({ actor: a.actor, input: { needId: need.id } });
    await claimNeed({ actor: b.actor, input: { needId: need.id } });
    await recordNeedProgress({ actor: a.actor, input: { needId: need.id, note: "约好周六上午上门" } });
    expect((await db().needClaim.findFirstOrThrow({ where: { needId: need.id, memberId: a.member.id } })).progressNote).toBe(
      "约好周六上午上门",
    );
    expect(await finishNeedClaim({ actor: a.actor, input: { needId: need.id, note: "已陪同就医" } })).toMatchObject({
      needDone: false,
    });
    expect((await db().need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("CLAIMED");
    await expect(finishNeedClaim({ actor: a.actor, input: { needId: need.id, note: "again" } })).rejects.toMatchObject({
      messageKey: "needWork.notClaimant",
    });
    expect(await finishNeedClaim({ actor: b.actor, input: { needId: need.id, note: "送回家" } })).toMatchObject({
      needDone: true,
    });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id } });
    expect(after.status).toBe("DONE");
    expect(after.doneAt).not.toBeNull();
    const events = await db().needEvent.findMany({ where: { needId: need.id }, orderBy: { id: "asc" } });
    for (const e of events) expect(JSON.stringify(e.params)).not.toMatch(/王阿姨|13900001111|301|周六|就医/);
  });

  it("hands a claim back: the place is free, the need goes back to the board, and may be claimed again", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world, { status: "PUBLISHED", places: 1 });
    const [a, b] = [await createNeedMember(world), await createNeedMember(world)];
    await claimNeed({ actor: a.actor, input: { needId: need.id } });
    await expect(returnNeedClaim({ actor: b.actor, input: { needId: need.id, reason: "x" } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    expect(await returnNeedClaim({ actor: a.actor, input: { needId: need.id, reason: "临时出差" } })).toMatchObject({
      status: "PUBLISHED",
    });
    expect(await db().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "PUBLISHED", claimedCount: 0 });
    await claimNeed({ actor: b.actor, input: { needId: need.id } });
    await returnNeedClaim({ actor: b.actor, input: { needId: need.id, reason: "身体不适" } });
    await claimNeed({ actor: a.actor, input: { needId: need.id } });
    const claims = await db().needClaim.findMany({ where: { needId: need.id } });
    expect(claims).toHaveLength(2);
    expect(claims.find((c) => c.memberId === a.member.id)).toMatchObject({ status: "ACTIVE", returnReason: null });
    expect(claims.find((c) => c.memberId === b.member.id)).toMatchObject({ status: "RETURNED", returnReason: "身体不适" });
  });

  it("hands a claim back to the co-building unit's list when the need came from there, and to DONE when the others finished", async () => {
    const world = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id });
    const { need } = await createNeed(world, { status: "CLAIMED", places: 1 });
    await db().need.update({ where: { id: need.id }, data: { unitId: unit.id } });
    const a = await createNeedMember(world);
    await addClaim(need.id, a.member.id, world.community.id, "ACTIVE");
    expect(await returnNeedClaim({ actor: a.actor, input: { needId: need.id, reason: "单位另有安排" } })).toMatchObject({
      status: "DISPATCHED",
    });

    const { need: group } = await createNeed(world, { status: "CLAIMED", places: 2 });
    const [b, c] = [await createNeedMember(world), await createNeedMember(world)];
    await addClaim(group.id, b.member.id, world.community.id, "DONE");
    await addClaim(group.id, c.member.id, world.community.id, "ACTIVE");
    expect(await returnNeedClaim({ actor: c.actor, input: { needId: group.id, reason: "x" } })).toMatchObject({ status: "DONE" });
  });
});

describe("triage (社区派单)", () => {
  it("publishes with places, rejects with a reason kept for the resident, audits each step", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world);
    await publishNeed({ actor: world.secretary, input: { needId: need.id, places: 4 } });
    expect(await db().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "PUBLISHED", places: 4 });
    await rejectNeed({ actor: world.secretary, input: { needId: need.id, reason: "已由物业处理" } });
    expect(await db().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({
      status: "REJECTED",
      reason: "已由物业处理",
    });
    const audit = await db().auditEvent.findMany({ where: { entityId: need.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["need.publish", "need.reject"]);
    const events = await db().needEvent.findMany({ where: { needId: need.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["published", "rejected"]);
    expect(JSON.stringify(events.map((e) => e.params))).not.toContain("物业");
  });

  it("merges a duplicate into an open need of the community only", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { need } = await createNeed(world);
    const { need: into } = await createNeed(world, { status: "CLAIMED" });
    const { need: closed } = await createNeed(world, { status: "CONFIRMED" });
    const { need: foreign } = await createNeed(other, { status: "PUBLISHED" });
    await expect(mergeNeed({ actor: world.secretary, input: { needId: need.id, intoId: need.id } })).rejects.toMatchObject({
      fieldErrors: { intoId: "needWork.mergeIntoItself" },
    });
    for (const target of [closed, foreign])
      await expect(mergeNeed({ actor: world.secretary, input: { needId: need.id, intoId: target.id } })).rejects.toMatchObject({
        fieldErrors: { intoId: "needWork.mergeTarget" },
      });
    await expect(mergeNeed({ actor: world.secretary, input: { needId: foreign.id, intoId: into.id } })).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    await mergeNeed({ actor: world.secretary, input: { needId: need.id, intoId: into.id } });
    expect(await db().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({
      status: "MERGED",
      mergedIntoId: into.id,
    });
  });

  it("turns a need into a DRAFT activity linked both ways, prefilled without the resident's details", async () => {
    const world = await createStreetWorld();
    const { need } = await createNeed(world, { status: "PUBLISHED", content: "小区需要清理楼道堆物，人手不够" });
    const { activityId } = await convertNeed({ actor: world.secretary, input: { needId: need.id } });
    const activity = await db().activity.findUniqueOrThrow({ where: { id: activityId }, include: { need: true } });
    expect(activity).toMatchObject({ status: "DRAFT", communityId: world.community.id, categoryId: need.categoryId });
    expect(activity.title).toBe("小区需要清理楼道堆物，人手不够");
    expect(activity.need?.id).toBe(need.id);
    expect(JSON.stringify({ ...activity, need: null })).not.toMatch(/王阿姨|13900001111|2单元301/);
    expect(await db().need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "CONVERTED", activityId });
  });

  it("assigns chosen members: claims, places grown to fit, notified with the link; not twice, not outsiders", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { need } = await createNeed(world, { status: "SUBMITTED", places: 1 });
    const [a, b] = [await createNeedMember(world), await createNeedMember(world)];
    const outsider = await createNeedMember(other);
    await expect(
      assignNeed({ actor: world.secretary, input: { needId: need.id, memberIds: [a.member.id, outsider.member.id] } }),
    ).rejects.toMatchObject({ fieldErrors: { memberIds: "needWork.memberNotFound" } });
    expect(await db().needClaim.count({ where: { needId: need.id } })).toBe(0);
    await assignNeed({ actor: world.secretary, input: { needId: need.id, memberIds: [a.member.id, b.member.id] } });
    const after = await db().need.findUniqueOrThrow({ where: { id: need.id }, include: { claims: true } });
    expect(after).toMatchObject({ status: "CLAIMED", places: 2, claimedCount: 2 });
    expect(after.claims.every((c) => c.assignedById === world.secretary.userId && c.status === "ACTIVE")).toBe(true);
    const notes = await db().notification.findMany({ where: { kind: "needAssigned", link: `/me/needs/${need.id}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual([a.actor.userId, b.actor.userId].sort());
    await expect(
      assignNeed({ actor: world.secretary, input: { needId: need.id, memberIds: [a.member.id] } }),
    ).rejects.toMatchObject({
      fieldErrors: { memberIds: "needWork.alreadyAssigned" },
    });
    const { need: foreign } = await createNeed(other, { status: "PUBLISHED" });
    await expect(
      assignNeed({ actor: world.secretary, input: { needId: foreign.id, memberIds: [a.member.id] } }),
    ).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
  });

  it("finds nothing of another community for any triage step, and refuses members", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { need: foreign } = await createNeed(other);
    const m = await createNeedMember(world);
    for (const attempt of [
      () => publishNeed({ actor: world.secretary, input: { needId: foreign.id, places: 1 } }),
      () => rejectNeed({ actor: world.secretary, input: { needId: foreign.id, reason: "x" } }),
      () => convertNeed({ actor: world.secretary, input: { needId: foreign.id } }),
    ])
      await expect(attempt()).rejects.toMatchObject({ messageKey: "errors.notFound" });
    const { need } = await createNeed(world);
    await expect(publishNeed({ actor: m.actor, input: { needId: need.id, places: 1 } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    await expect(publishNeed({ actor: other.admin, input: { needId: need.id, places: 1 } })).rejects.toMatchObject({
      messageKey: "errors.forbidden",
    });
    expect((await db().need.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("SUBMITTED");
  });
});
