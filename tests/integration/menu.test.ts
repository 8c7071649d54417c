import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { executeAction, fieldErrorsOf } from "@/lib/actions/execute";
import { formDataToObject } from "@/lib/actions/form-data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { MemberStatus } from "@/lib/generated/prisma/enums";
import { copyLastYearMenu } from "@/lib/menu/copy-last-year-menu";
import { countCopyableItems } from "@/lib/menu/count-copyable-items";
import { decideProposal } from "@/lib/menu/decide-proposal";
import { getMemberMenu } from "@/lib/menu/get-member-menu";
import { getServiceItem } from "@/lib/menu/get-service-item";
import { listMembersWithoutPledges } from "@/lib/menu/list-members-without-pledges";
import { listMenu } from "@/lib/menu/list-menu";
import { listItemPledges } from "@/lib/menu/list-item-pledges";
import { listPledgesByMember } from "@/lib/menu/list-pledges-by-member";
import { pledgeItem } from "@/lib/menu/pledge-item";
import { proposeServiceItem } from "@/lib/menu/propose-service-item";
import { saveServiceItem } from "@/lib/menu/save-service-item";
import {
  pledgeItemSchema,
  proposeServiceItemSchema,
  serviceItemSchema,
  type PledgeItemInput,
  type ServiceItemInput,
} from "@/lib/menu/schema";
import { setItemOpen } from "@/lib/menu/set-item-open";
import { withdrawPledge } from "@/lib/menu/withdraw-pledge";
import { currentYear } from "@/lib/time";
import { createMember, createPledge, createServiceItem, createUser, createWorkUnit } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

const YEAR = currentYear();
const collator = new Intl.Collator("zh-CN");

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

function parse<S extends z.ZodType>(schema: S, values: Record<string, string | string[]>) {
  return schema.safeParse(formDataToObject(form(values)));
}

async function categoryId(code: string) {
  return (await db().serviceCategory.findUniqueOrThrow({ where: { code } })).id;
}

/** An item as the secretary's form sends it, parsed by the shared schema. */
async function itemInput(overrides: Record<string, string> = {}): Promise<ServiceItemInput> {
  const parsed = parse(serviceItemSchema, {
    year: String(YEAR),
    categoryId: await categoryId("ENVIRONMENT"),
    title: "楼道清洁",
    description: "每月一次，清理楼道杂物和小广告",
    skillsWanted: "",
    typicalTime: "每周六上午",
    positions: "4",
    ...overrides,
  });
  if (!parsed.success) throw new Error(JSON.stringify(fieldErrorsOf(parsed.error)));
  return parsed.data;
}

async function addItem(world: World, overrides: Record<string, string> = {}) {
  return saveServiceItem({ actor: world.secretary, input: await itemInput(overrides) });
}

/** A member with an account whose active role is MEMBER of the world's community. */
async function memberOf(world: World, options: { name?: string; status?: MemberStatus; availability?: string[] } = {}) {
  const user = await createUser({ name: options.name, grants: [{ role: "MEMBER", organizationId: world.community.id }] });
  const member = await createMember({
    communityId: world.community.id,
    userId: user.id,
    name: options.name,
    status: options.status ?? "ACTIVE",
  });
  if (options.availability) await db().member.update({ where: { id: member.id }, data: { availability: options.availability } });
  return { member, actor: await actorFor(user.id) };
}

const pledge = (itemId: string, remark = "周六上午可以参加", availability = ["WEEKEND"]): PledgeItemInput => ({
  itemId,
  remark,
  availability: availability as PledgeItemInput["availability"],
});

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

function auditActions(entityId: string) {
  return db()
    .auditEvent.findMany({ where: { entityType: "ServiceItem", entityId }, orderBy: { id: "asc" } })
    .then((events) => events.map((e) => e.action));
}

describe("the secretary's menu", () => {
  it("creates, edits, closes and reopens items, each change with an audit line", async () => {
    const world = await createStreetWorld();
    const { id, created } = await addItem(world, { skillsWanted: "急救培训、驾驶, 急救培训" });
    expect(created).toBe(true);
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      communityId: world.community.id,
      year: YEAR,
      status: "OPEN",
      title: "楼道清洁",
      positions: 4,
      skillsWanted: ["急救培训", "驾驶"],
    });

    await saveServiceItem({
      actor: world.secretary,
      input: { ...(await itemInput({ title: "楼道清洁与消防通道检查", positions: "" })), id },
    });
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "楼道清洁与消防通道检查",
      positions: null,
    });

    expect(await setItemOpen({ actor: world.secretary, input: { id, open: false } })).toMatchObject({
      status: "CLOSED",
      changed: true,
    });
    // closing a closed item changes nothing and writes nothing
    expect(await setItemOpen({ actor: world.secretary, input: { id, open: false } })).toMatchObject({ changed: false });
    await setItemOpen({ actor: world.secretary, input: { id, open: true } });

    expect(await auditActions(id)).toEqual(["menu.createItem", "menu.updateItem", "menu.closeItem", "menu.openItem"]);
    const update = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "menu.updateItem" } });
    expect(update).toMatchObject({ scopeOrgId: world.community.id, actorId: world.secretary.userId });
    expect(update.before).toMatchObject({ title: "楼道清洁", positions: 4 });
    expect(update.after).toMatchObject({ title: "楼道清洁与消防通道检查", positions: null });
  });

  it("refuses a duplicate title in the same year, a category of another community, and bad numbers", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    await addItem(world);
    expect((await rejection(addItem(world, { title: "楼道清洁" }))).fieldErrors).toEqual({ title: "menu.titleTaken" });
    // the same title in another year or another community is fine
    await addItem(world, { year: String(YEAR - 1) });
    await addItem(other);

    const theirs = await db().serviceCategory.create({
      data: { communityId: other.community.id, nameZh: "楼道自治", nameEn: "Stairwell", icon: "users" },
    });
    expect((await rejection(addItem(world, { title: "楼组议事", categoryId: theirs.id }))).fieldErrors).toEqual({
      categoryId: "menu.badCategory",
    });

    const bad = parse(serviceItemSchema, {
      year: String(YEAR),
      categoryId: theirs.id,
      title: " ",
      positions: "0",
      skillsWanted: "x".repeat(21),
    });
    expect(bad.success).toBe(false);
    expect(fieldErrorsOf(bad.error!)).toMatchObject({
      title: "validation.required",
      positions: "menu.positionsInvalid",
      skillsWanted: "menu.skillTooLong",
    });
    expect(await db().serviceItem.count({ where: { communityId: world.community.id } })).toBe(2);
  });

  it("copies last year's open and closed items as open ones, skips titles already there, and is idempotent", async () => {
    const world = await createStreetWorld();
    const last = String(YEAR - 1);
    const cleaning = await addItem(world, { year: last, title: "楼道清洁" });
    const patrol = await addItem(world, {
      year: last,
      title: "夜间巡逻",
      categoryId: await categoryId("SECURITY"),
      positions: "",
    });
    const law = await addItem(world, { year: last, title: "法律咨询", categoryId: await categoryId("ADVICE") });
    await setItemOpen({ actor: world.secretary, input: { id: patrol.id, open: false } });
    const community = { communityId: world.community.id, year: YEAR - 1, categoryId: await categoryId("SELF_PROPOSED") };
    await createServiceItem({ ...community, title: "书法课（提议中）", status: "PROPOSED" });
    await createServiceItem({ ...community, title: "广场舞（未采纳）", status: "DECLINED", declineReason: "场地不够" });
    // this year already has 法律咨询
    await addItem(world, { title: "法律咨询", categoryId: await categoryId("ADVICE"), description: "今年的说明" });

    expect(await countCopyableItems({ actor: world.secretary, input: { year: YEAR } })).toBe(2);
    expect(await copyLastYearMenu({ actor: world.secretary, input: { year: YEAR } })).toEqual({ copied: 2 });
    const items = await db().serviceItem.findMany({
      where: { communityId: world.community.id, year: YEAR },
      orderBy: { title: "asc" },
    });
    expect(items.map((i) => [i.title, i.status, i.copiedFromId]).sort()).toEqual(
      [
        ["夜间巡逻", "OPEN", patrol.id],
        ["楼道清洁", "OPEN", cleaning.id],
        ["法律咨询", "OPEN", null],
      ].sort(),
    );
    expect(items.find((i) => i.title === "法律咨询")?.description).toBe("今年的说明");
    expect(items.find((i) => i.title === "夜间巡逻")).toMatchObject({
      positions: null,
      categoryId: await categoryId("SECURITY"),
    });
    expect(law.id).not.toBe(items.find((i) => i.title === "法律咨询")?.id);

    expect(await copyLastYearMenu({ actor: world.secretary, input: { year: YEAR } })).toEqual({ copied: 0 });
    expect(await countCopyableItems({ actor: world.secretary, input: { year: YEAR } })).toBe(0);
    expect(await db().serviceItem.count({ where: { communityId: world.community.id, year: YEAR } })).toBe(3);
    expect(await db().auditEvent.count({ where: { action: "menu.copyYear", scopeOrgId: world.community.id } })).toBe(2);
  });

  it("copies once when two copies run at the same time", async () => {
    const world = await createStreetWorld();
    for (const title of ["楼道清洁", "垃圾分类督导", "文明劝导"]) await addItem(world, { year: String(YEAR), title });
    const results = await Promise.all([
      copyLastYearMenu({ actor: world.secretary, input: { year: YEAR + 1 } }),
      copyLastYearMenu({ actor: world.secretary, input: { year: YEAR + 1 } }),
    ]);
    expect(results.map((r) => r.copied).sort()).toEqual([0, 3]);
    expect(await db().serviceItem.count({ where: { communityId: world.community.id, year: YEAR + 1 } })).toBe(3);
  });

  it("groups the year's items by category in category order, with active pledge counts", async () => {
    const world = await createStreetWorld();
    const patrol = await addItem(world, { title: "夜间巡逻", categoryId: await categoryId("SECURITY") });
    await addItem(world, { title: "楼道清洁" });
    await addItem(world, { title: "去年的项目", year: String(YEAR - 1) });
    const a = await memberOf(world);
    const b = await memberOf(world);
    await pledgeItem({ actor: a.actor, input: pledge(patrol.id) });
    await pledgeItem({ actor: b.actor, input: pledge(patrol.id) });
    await withdrawPledge({ actor: b.actor, input: { itemId: patrol.id } });

    const menu = await listMenu({ actor: world.secretary, input: { year: YEAR } });
    expect(menu.groups.map((g) => [g.category.code, g.items.map((i) => [i.title, i._count.pledges])])).toEqual([
      ["ENVIRONMENT", [["楼道清洁", 0]]],
      ["SECURITY", [["夜间巡逻", 1]]],
    ]);
    expect(menu.counts).toEqual({ items: 2, open: 2, pledges: 1 });
  });
});

describe("pledging (认领)", () => {
  it("requires a remark of at most 200 characters and at least one known availability", async () => {
    const itemId = "0190a3c4-0000-7000-8000-000000000001";
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ remark: "  " }, "remark", "validation.required"],
      [{ remark: "很".repeat(201) }, "remark", "validation.tooLong"],
      [{ availability: [] }, "availability", "menu.availabilityRequired"],
      [{ availability: ["SOMETIMES"] }, "availability", "validation.invalid"],
      [{ itemId: "not-an-id" }, "itemId", "errors.notFound"],
    ];
    for (const [override, field, message] of cases) {
      const parsed = parse(pledgeItemSchema, { itemId, remark: "周六上午可以参加", availability: ["WEEKEND"], ...override });
      expect(parsed.success, field).toBe(false);
      expect(fieldErrorsOf(parsed.error!)[field], field).toBe(message);
    }
    const ok = parse(pledgeItemSchema, {
      itemId,
      remark: " 周六上午可以参加，擅长法律咨询 ",
      availability: ["WEEKEND", "WEEKDAY_EVENING"],
    });
    expect(ok.data).toEqual({ itemId, remark: "周六上午可以参加，擅长法律咨询", availability: ["WEEKEND", "WEEKDAY_EVENING"] });
  });

  it("pledges an open item of this year, and refuses closed, proposed, last year's and other communities' items", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { member, actor } = await memberOf(world);
    const open = await addItem(world);
    const closed = await addItem(world, { title: "文明劝导" });
    await setItemOpen({ actor: world.secretary, input: { id: closed.id, open: false } });
    const lastYear = await addItem(world, { year: String(YEAR - 1), title: "去年的项目" });
    const theirs = await addItem(other);
    const proposed = await createServiceItem({
      communityId: world.community.id,
      year: YEAR,
      category: "SELF_PROPOSED",
      title: "提议",
      status: "PROPOSED",
    });

    await pledgeItem({ actor, input: pledge(open.id, "周六上午可以参加，擅长法律咨询", ["WEEKEND", "WEEKDAY_EVENING"]) });
    expect(await db().pledge.findMany({ where: { memberId: member.id } })).toEqual([
      expect.objectContaining({
        itemId: open.id,
        communityId: world.community.id,
        year: YEAR,
        remark: "周六上午可以参加，擅长法律咨询",
        availability: ["WEEKEND", "WEEKDAY_EVENING"],
        withdrawnAt: null,
      }),
    ]);

    expect((await rejection(pledgeItem({ actor, input: pledge(closed.id) }))).messageKey).toBe("menu.itemClosed");
    for (const forged of [theirs.id, lastYear.id, proposed.id, "0190a3c4-0000-7000-8000-000000000001"]) {
      await expect(pledgeItem({ actor, input: pledge(forged) })).rejects.toThrow(NotFoundError);
    }
    expect(await db().pledge.count({ where: { memberId: member.id } })).toBe(1);
  });

  it("takes the member and community from the session, never from the form", async () => {
    const world = await createStreetWorld();
    const item = await addItem(world);
    const me = await memberOf(world);
    const someoneElse = await memberOf(world);
    const definition = {
      permission: "self.pledge" as const,
      schema: pledgeItemSchema,
      run: ({ actor, input }: { actor: Actor; input: z.infer<typeof pledgeItemSchema> }) => pledgeItem({ actor, input }),
    };
    const result = await executeAction(
      definition,
      me.actor,
      form({
        itemId: item.id,
        remark: "周日下午",
        availability: "WEEKEND",
        memberId: someoneElse.member.id,
        communityId: "0190a3c4-0000-7000-8000-000000000002",
      }),
    );
    expect(result.ok).toBe(true);
    expect((await db().pledge.findMany({ where: { itemId: item.id } })).map((p) => p.memberId)).toEqual([me.member.id]);
    // and the wrapper refuses a secretary outright
    expect(
      await executeAction(definition, world.secretary, form({ itemId: item.id, remark: "x", availability: "WEEKEND" })),
    ).toEqual({ ok: false, message: "errors.forbidden" });
  });

  it("lets only ACTIVE members pledge; a pending member sees no menu", async () => {
    const world = await createStreetWorld();
    const item = await addItem(world);
    const pending = await memberOf(world, { status: "PENDING" });
    const rejected = await memberOf(world, { status: "REJECTED" });
    const movedOut = await memberOf(world, { status: "MOVED_OUT" });
    // nobody has vouched for them: the menu is not theirs to see or use (docs/decisions/060)
    for (const { actor } of [pending, rejected, movedOut]) {
      expect(actor.active?.vouched).toBe(false);
      expect((await rejection(pledgeItem({ actor, input: pledge(item.id) }))).messageKey).toBe("errors.forbidden");
      expect(
        (await rejection(proposeServiceItem({ actor, input: { title: "书法课", description: "教孩子写毛笔字" } }))).messageKey,
      ).toBe("errors.forbidden");
      expect((await rejection(getMemberMenu({ actor }))).messageKey).toBe("errors.forbidden");
    }
    expect(await db().pledge.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db().serviceItem.count({ where: { communityId: world.community.id, title: "书法课" } })).toBe(0);
  });

  it("withdraws a pledge and reactivates it when pledged again", async () => {
    const world = await createStreetWorld();
    const item = await addItem(world);
    const { member, actor } = await memberOf(world, { availability: ["WEEKDAY_DAY"] });
    await pledgeItem({ actor, input: pledge(item.id, "周六上午") });
    const first = await db().pledge.findUniqueOrThrow({ where: { memberId_itemId: { memberId: member.id, itemId: item.id } } });

    await withdrawPledge({ actor, input: { itemId: item.id } });
    expect((await db().pledge.findUniqueOrThrow({ where: { id: first.id } })).withdrawnAt).toBeInstanceOf(Date);
    await expect(withdrawPledge({ actor, input: { itemId: item.id } })).rejects.toThrow(NotFoundError);
    const afterWithdraw = await getMemberMenu({ actor });
    if (afterWithdraw.state !== "ACTIVE") throw new Error("expected an active member");
    expect(afterWithdraw.defaultAvailability).toEqual(["WEEKDAY_DAY"]);
    expect(afterWithdraw.groups[0].items[0]).toMatchObject({
      id: item.id,
      myPledge: null,
      previousPledge: { remark: "周六上午" },
      pledgeCount: 0,
    });
    expect(afterWithdraw.pledgedCount).toBe(0);

    await pledgeItem({ actor, input: pledge(item.id, "周日全天", ["WEEKEND", "WEEKDAY_DAY"]) });
    expect(await db().pledge.findMany({ where: { memberId: member.id } })).toEqual([
      expect.objectContaining({ id: first.id, remark: "周日全天", availability: ["WEEKEND", "WEEKDAY_DAY"], withdrawnAt: null }),
    ]);
    const again = await getMemberMenu({ actor });
    if (again.state !== "ACTIVE") throw new Error("expected an active member");
    expect(again.groups[0].items[0]).toMatchObject({ myPledge: { remark: "周日全天" }, pledgeCount: 1 });
    expect(again.pledgedCount).toBe(1);
  });

  it("shows members this year's open items by category, and a closed one only while they hold a pledge", async () => {
    const world = await createStreetWorld();
    const { actor } = await memberOf(world);
    const cleaning = await addItem(world);
    const patrol = await addItem(world, { title: "夜间巡逻", categoryId: await categoryId("SECURITY") });
    const closedUnpledged = await addItem(world, { title: "文明劝导", categoryId: await categoryId("CIVILITY") });
    await addItem(world, { title: "去年的项目", year: String(YEAR - 1) });
    await pledgeItem({ actor, input: pledge(patrol.id) });
    await setItemOpen({ actor: world.secretary, input: { id: patrol.id, open: false } });
    await setItemOpen({ actor: world.secretary, input: { id: closedUnpledged.id, open: false } });

    const menu = await getMemberMenu({ actor });
    if (menu.state !== "ACTIVE") throw new Error("expected an active member");
    expect(menu.groups.map((g) => [g.category.code, g.items.map((i) => [i.id, i.status, !!i.myPledge])])).toEqual([
      ["ENVIRONMENT", [[cleaning.id, "OPEN", false]]],
      ["SECURITY", [[patrol.id, "CLOSED", true]]],
    ]);
    // the pledge of a closed item can still be withdrawn
    await withdrawPledge({ actor, input: { itemId: patrol.id } });
  });
});

describe("members' own items (自主服务)", () => {
  it("a proposal waits for review, then appears on the menu once approved, under 自主服务 by default", async () => {
    const world = await createStreetWorld();
    const { member, actor } = await memberOf(world);
    const other = await memberOf(world);
    const input = parse(proposeServiceItemSchema, {
      title: "暑期儿童书法课",
      description: "暑假每周两次，教小学生写毛笔字",
      categoryId: "",
      typicalTime: "暑假周二、周四下午",
    });
    if (!input.success) throw new Error("bad proposal");
    const { id } = await proposeServiceItem({ actor, input: input.data });
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PROPOSED",
      proposedByMemberId: member.id,
      communityId: world.community.id,
      year: YEAR,
      categoryId: await categoryId("SELF_PROPOSED"),
    });

    // not on anyone's menu yet, and it cannot be pledged
    const before = await getMemberMenu({ actor: other.actor });
    expect(before.state === "ACTIVE" && before.groups).toEqual([]);
    await expect(pledgeItem({ actor: other.actor, input: pledge(id) })).rejects.toThrow(NotFoundError);
    const mine = await getMemberMenu({ actor });
    expect(mine.state === "ACTIVE" && mine.proposals.map((p) => [p.id, p.status])).toEqual([[id, "PROPOSED"]]);
    expect(
      (await listMenu({ actor: world.secretary, input: { year: YEAR } })).proposals.map((p) => [p.id, p.proposedBy?.id]),
    ).toEqual([[id, member.id]]);

    await decideProposal({ actor: world.secretary, input: { id, decision: { kind: "APPROVE" } } });
    const after = await getMemberMenu({ actor: other.actor });
    expect(after.state === "ACTIVE" && after.groups.map((g) => [g.category.code, g.items.map((i) => i.title)])).toEqual([
      ["SELF_PROPOSED", ["暑期儿童书法课"]],
    ]);
    await pledgeItem({ actor: other.actor, input: pledge(id, "可以帮忙准备笔墨纸砚") });
    // a second decision finds nothing to decide
    await expect(
      decideProposal({ actor: world.secretary, input: { id, decision: { kind: "DECLINE", reason: "重复" } } }),
    ).rejects.toThrow(NotFoundError);
    expect(await auditActions(id)).toEqual(["menu.approveProposal"]);
    const menu = await listMenu({ actor: world.secretary, input: { year: YEAR } });
    expect(menu.proposals).toEqual([]);
    expect(menu.groups.flatMap((g) => g.items.map((i) => i.id))).toEqual([id]);
  });

  it("files an approved proposal under 自主服务 unless the secretary picks another category", async () => {
    const world = await createStreetWorld();
    const { actor } = await memberOf(world);
    const haircut = await proposeServiceItem({
      actor,
      input: { title: "义务理发", description: "每月一次为老人理发", categoryId: await categoryId("CULTURE") },
    });
    const chess = await proposeServiceItem({
      actor,
      input: { title: "象棋角", description: "周末陪老人下棋", categoryId: await categoryId("CULTURE") },
    });
    expect((await db().serviceItem.findUniqueOrThrow({ where: { id: haircut.id } })).categoryId).toBe(
      await categoryId("CULTURE"),
    );
    await decideProposal({
      actor: world.secretary,
      input: { id: haircut.id, decision: { kind: "APPROVE", categoryId: await categoryId("AID") } },
    });
    await decideProposal({ actor: world.secretary, input: { id: chess.id, decision: { kind: "APPROVE" } } });
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id: haircut.id } })).toMatchObject({
      status: "OPEN",
      categoryId: await categoryId("AID"),
    });
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id: chess.id } })).toMatchObject({
      status: "OPEN",
      categoryId: await categoryId("SELF_PROPOSED"),
    });
  });

  it("a declined proposal shows the member the reason and never reaches the menu", async () => {
    const world = await createStreetWorld();
    const { actor } = await memberOf(world);
    const { id } = await proposeServiceItem({ actor, input: { title: "广场舞教学", description: "晚上在小区广场教广场舞" } });
    await decideProposal({
      actor: world.secretary,
      input: { id, decision: { kind: "DECLINE", reason: "晚间噪声扰民，建议改为室内活动" } },
    });
    const menu = await getMemberMenu({ actor });
    if (menu.state !== "ACTIVE") throw new Error("expected an active member");
    expect(menu.groups).toEqual([]);
    expect(menu.proposals).toEqual([
      expect.objectContaining({ id, status: "DECLINED", declineReason: "晚间噪声扰民，建议改为室内活动" }),
    ]);
    await expect(pledgeItem({ actor, input: pledge(id) })).rejects.toThrow(NotFoundError);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(event).toMatchObject({
      action: "menu.declineProposal",
      scopeOrgId: world.community.id,
      after: expect.objectContaining({ status: "DECLINED", declineReason: "晚间噪声扰民，建议改为室内活动" }),
    });
    expect((await listMenu({ actor: world.secretary, input: { year: YEAR } })).declined.map((d) => d.id)).toEqual([id]);
  });

  it("limits how many proposals a member has waiting", async () => {
    const world = await createStreetWorld();
    const { actor } = await memberOf(world);
    for (let i = 1; i <= 5; i++) await proposeServiceItem({ actor, input: { title: `提议${i}`, description: "说明" } });
    expect((await rejection(proposeServiceItem({ actor, input: { title: "提议6", description: "说明" } }))).messageKey).toBe(
      "menu.tooManyProposals",
    );
  });
});

describe("who pledged what", () => {
  it("lists per-item pledges, pledges per member and active members without a pledge exactly", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const cleaning = await addItem(world);
    const patrol = await addItem(world, { title: "夜间巡逻", categoryId: await categoryId("SECURITY") });
    const lastYear = await addItem(world, { title: "去年的项目", year: String(YEAR - 1) });
    const theirs = await addItem(other);

    const zhang = await memberOf(world, { name: "张建华" });
    const li = await memberOf(world, { name: "李秀兰" });
    const wang = await memberOf(world, { name: "王志强" });
    const zhao = await memberOf(world, { name: "赵海燕" });
    const chen = await memberOf(world, { name: "陈春梅" });
    await memberOf(world, { name: "刘待审", status: "PENDING" });
    const gone = await memberOf(world, { name: "孙迁出" });
    const outsider = await memberOf(other, { name: "周外区" });

    await pledgeItem({ actor: zhang.actor, input: pledge(cleaning.id, "周六上午可以参加") });
    await pledgeItem({ actor: zhang.actor, input: pledge(patrol.id, "周五晚上可以巡逻", ["WEEKDAY_EVENING"]) });
    await pledgeItem({ actor: li.actor, input: pledge(cleaning.id, "周日上午") });
    await pledgeItem({ actor: wang.actor, input: pledge(patrol.id, "随时") });
    await withdrawPledge({ actor: wang.actor, input: { itemId: patrol.id } });
    await pledgeItem({ actor: gone.actor, input: pledge(cleaning.id, "迁出前认领的") });
    await db().member.update({ where: { id: gone.member.id }, data: { status: "MOVED_OUT", movedOutAt: new Date() } });
    await pledgeItem({ actor: outsider.actor, input: pledge(theirs.id) });
    // a pledge of last year does not count for this year
    await createPledge({
      memberId: zhao.member.id,
      item: { ...lastYear, communityId: world.community.id },
      remark: "去年",
      availability: ["WEEKEND"],
    });

    const cleaningPledges = await listItemPledges({ actor: world.secretary, input: { itemId: cleaning.id } });
    expect(cleaningPledges.pledges.map((p) => [p.member.id, p.remark, p.availability])).toEqual([
      [zhang.member.id, "周六上午可以参加", ["WEEKEND"]],
      [li.member.id, "周日上午", ["WEEKEND"]],
    ]);
    expect(cleaningPledges).toMatchObject({ count: 2, withdrawn: 0 });
    const patrolPledges = await listItemPledges({ actor: world.secretary, input: { itemId: patrol.id } });
    expect(patrolPledges.pledges.map((p) => p.member.id)).toEqual([zhang.member.id]);
    expect(patrolPledges).toMatchObject({ count: 1, withdrawn: 1 });

    const byMember = await listPledgesByMember({ actor: world.secretary, input: { year: YEAR } });
    const expectedOrder = [zhang, li].sort((a, b) => collator.compare(a.member.name, b.member.name));
    expect(byMember.map((r) => [r.member.id, r.pledges.map((p) => [p.item.title, p.remark])])).toEqual(
      expectedOrder.map((m) => [
        m.member.id,
        m === zhang
          ? [
              ["楼道清洁", "周六上午可以参加"],
              ["夜间巡逻", "周五晚上可以巡逻"],
            ]
          : [["楼道清洁", "周日上午"]],
      ]),
    );

    const without = await listMembersWithoutPledges({ actor: world.secretary, input: { year: YEAR } });
    const expectedWithout = [wang, zhao, chen].map((m) => m.member).sort((a, b) => collator.compare(a.name, b.name));
    expect(without.map((m) => m.id)).toEqual(expectedWithout.map((m) => m.id));
    // last year: only 赵海燕 pledged
    const withoutLastYear = await listMembersWithoutPledges({ actor: world.secretary, input: { year: YEAR - 1 } });
    expect(withoutLastYear.map((m) => m.name).sort()).toEqual(["张建华", "李秀兰", "王志强", "陈春梅"].sort());
  });
});

describe("scope and permissions", () => {
  it("an item id from the URL that is not a uuid is not found, not a database error", async () => {
    // found by the fuzz pass (tests/security): /community/menu/items/1e99 answered 500
    const world = await createStreetWorld();
    for (const id of ["1e99", "not-a-uuid", "a\u0000b", "x".repeat(3000)]) {
      await expect(getServiceItem({ actor: world.secretary, input: { id } })).rejects.toThrow(NotFoundError);
      await expect(listItemPledges({ actor: world.secretary, input: { itemId: id } })).rejects.toThrow(NotFoundError);
    }
  });

  it("a secretary of another community gets not found for these items", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const item = await addItem(world);
    const { actor } = await memberOf(world);
    const { id: proposal } = await proposeServiceItem({ actor, input: { title: "书法课", description: "教写毛笔字" } });
    const intruder = other.secretary;

    await expect(getServiceItem({ actor: intruder, input: { id: item.id } })).rejects.toThrow(NotFoundError);
    await expect(listItemPledges({ actor: intruder, input: { itemId: item.id } })).rejects.toThrow(NotFoundError);
    await expect(
      saveServiceItem({ actor: intruder, input: { ...(await itemInput({ title: "改掉" })), id: item.id } }),
    ).rejects.toThrow(NotFoundError);
    await expect(setItemOpen({ actor: intruder, input: { id: item.id, open: false } })).rejects.toThrow(NotFoundError);
    await expect(decideProposal({ actor: intruder, input: { id: proposal, decision: { kind: "APPROVE" } } })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      decideProposal({ actor: intruder, input: { id: proposal, decision: { kind: "DECLINE", reason: "不行" } } }),
    ).rejects.toThrow(NotFoundError);
    const theirMenu = await listMenu({ actor: intruder, input: { year: YEAR } });
    expect([theirMenu.groups, theirMenu.proposals]).toEqual([[], []]);
    // copying "their" last year copies nothing of ours
    await addItem(world, { title: "去年的", year: String(YEAR - 1) });
    expect(await copyLastYearMenu({ actor: intruder, input: { year: YEAR } })).toEqual({ copied: 0 });

    expect(await db().serviceItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      title: "楼道清洁",
      status: "OPEN",
    });
    expect(await db().serviceItem.findUniqueOrThrow({ where: { id: proposal } })).toMatchObject({ status: "PROPOSED" });
    expect(await db().auditEvent.count({ where: { scopeOrgId: other.community.id } })).toBe(0);
  });

  it("unit admins, members and street admins may not use the secretary's use cases; secretaries may not pledge", async () => {
    const world = await createStreetWorld();
    const item = await addItem(world);
    const unit = await createWorkUnit({ streetId: world.street.id });
    const unitAdmin = await actorFor((await createUser({ grants: [{ role: "UNIT_ADMIN", organizationId: unit.id }] })).id);
    const { actor: member } = await memberOf(world);
    const input = await itemInput({ title: "新项目" });

    for (const actor of [unitAdmin, member, world.admin]) {
      const attempts = [
        () => listMenu({ actor, input: { year: YEAR } }),
        () => getServiceItem({ actor, input: { id: item.id } }),
        () => saveServiceItem({ actor, input }),
        () => saveServiceItem({ actor, input: { ...input, id: item.id } }),
        () => setItemOpen({ actor, input: { id: item.id, open: false } }),
        () => copyLastYearMenu({ actor, input: { year: YEAR } }),
        () => countCopyableItems({ actor, input: { year: YEAR } }),
        () => decideProposal({ actor, input: { id: item.id, decision: { kind: "APPROVE" } } }),
        () => listItemPledges({ actor, input: { itemId: item.id } }),
        () => listPledgesByMember({ actor, input: { year: YEAR } }),
        () => listMembersWithoutPledges({ actor, input: { year: YEAR } }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toThrow(ForbiddenError);
    }
    for (const actor of [world.secretary, unitAdmin]) {
      await expect(pledgeItem({ actor, input: pledge(item.id) })).rejects.toThrow(ForbiddenError);
      await expect(withdrawPledge({ actor, input: { itemId: item.id } })).rejects.toThrow(ForbiddenError);
      await expect(proposeServiceItem({ actor, input: { title: "x", description: "y" } })).rejects.toThrow(ForbiddenError);
      await expect(getMemberMenu({ actor })).rejects.toThrow(ForbiddenError);
    }
    expect(await db().serviceItem.count({ where: { communityId: world.community.id } })).toBe(1);
    expect(await db().pledge.count({ where: { itemId: item.id } })).toBe(0);
  });
});
