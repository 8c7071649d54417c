import { readdir } from "node:fs/promises";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { eraseExpiredNeedContacts } from "@/lib/needs/erase-need-contacts";
import { getTrackedNeed } from "@/lib/needs/get-tracked-need";
import { listNeedStories, listNeedWall } from "@/lib/needs/list-need-wall";
import { NEED_CONSENT_VERSION, needFormSchema } from "@/lib/needs/need-form-schema";
import type { PhotoStore } from "@/lib/needs/photo-store";
import { readNeedPhoto } from "@/lib/needs/read-need-photo";
import { recordNeedOnBehalf } from "@/lib/needs/record-need-on-behalf";
import { reissueTrackingSlip } from "@/lib/needs/reissue-tracking-slip";
import { submitNeed } from "@/lib/needs/submit-need";
import { writeNeedStory } from "@/lib/needs/write-need-story";
import { newTrackingToken, trackingHash } from "@/lib/needs/tracking-token";
import { categoryIdOf, createBuilding, createMemberWithAccount, uniquePhone } from "@/prisma/factories";
import { needFormData, phonePhoto, tempPhotoStore, validNeedValues } from "../support/need-forms";
import { uniqueAddress } from "../support/phone-codes";
import { actorFor, createStreetWorld } from "../support/world";

const VISITOR: Actor = { userId: "", name: "", phone: "", grants: [], active: null };

/** The public post action's core, as the wrapper runs it (parse the real FormData, then the use case). */
function post(form: FormData, options: { store: PhotoStore; clientAddress?: string; now?: Date }) {
  return executeAction(
    {
      schema: needFormSchema,
      files: ["photos"],
      run: ({ input }) =>
        submitNeed({ input, clientAddress: options.clientAddress ?? uniqueAddress(), store: options.store, now: options.now }),
    },
    VISITOR,
    form,
  );
}

async function counts() {
  const [needs, photos, events, hits] = await Promise.all([
    db().need.count(),
    db().needPhoto.count(),
    db().needEvent.count(),
    db().throttleHit.count(),
  ]);
  return { needs, photos, events, hits };
}

describe("a resident posts a need (群众点单)", () => {
  it("stores the need with consent version, a hashed tracking token, the photo without EXIF/GPS and its first timeline line", async () => {
    const world = await createStreetWorld();
    const { root, store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const state = await post(
      needFormData(validNeedValues({ communityId: world.community.id, categoryId, buildingId: world.building.id }), [
        await phonePhoto(),
      ]),
      { store },
    );
    expect(state.ok, JSON.stringify(state)).toBe(true);
    const { token, needId } = state.data as { token: string; needId: string };
    const need = await db().need.findUniqueOrThrow({ where: { id: needId }, include: { photos: true, events: true } });
    expect(need).toMatchObject({
      communityId: world.community.id,
      streetId: world.street.id,
      buildingId: world.building.id,
      gridId: world.grid.id,
      status: "SUBMITTED",
      source: "RESIDENT",
      consentVersion: NEED_CONSENT_VERSION,
      residentName: "王阿姨",
      room: "302",
      trackingHash: trackingHash(token),
    });
    expect(JSON.stringify(need, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);
    expect(need.events.map((e) => e.kind)).toEqual(["submitted"]);
    expect(need.photos).toHaveLength(1);
    const stored = await store.get(need.photos[0]!.storageKey);
    const meta = await sharp(stored!).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from("TestPhone"))).toBe(false);
    expect(await readdir(root)).toEqual([needId]);
  });

  it("takes an untouched file input (an empty file, whatever its name) as no photo", async () => {
    const world = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const form = needFormData(validNeedValues({ communityId: world.community.id, categoryId: await categoryIdOf() }), [
      new File([], "blob", { type: "application/octet-stream" }),
    ]);
    const state = await post(form, { store });
    expect(state.ok, JSON.stringify(state)).toBe(true);
    expect(await db().needPhoto.count({ where: { needId: (state.data as { needId: string }).needId } })).toBe(0);
  });

  it("refuses a renamed non-image photo: a field error, and nothing written (no row, no file, no throttle use)", async () => {
    const world = await createStreetWorld();
    const { root, store } = await tempPhotoStore();
    const before = await counts();
    const fake = new File(["this is a text file, renamed"], "photo.jpg", { type: "image/jpeg" });
    const state = await post(
      needFormData(validNeedValues({ communityId: world.community.id, categoryId: await categoryIdOf() }), [fake]),
      { store },
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({ photos: "needsPublic.photo.notImage" });
    expect(await counts()).toEqual(before);
    expect(await readdir(root)).toEqual([]);
  });

  it("bad input gives field errors and writes nothing", async () => {
    const world = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const before = await counts();
    const valid = validNeedValues({ communityId: world.community.id, categoryId: await categoryIdOf() });
    const state = await post(
      needFormData({
        ...valid,
        kind: "GIFT",
        content: "  ",
        residentPhone: "12345",
        residentName: "x".repeat(21),
        buildingId: "not-a-uuid",
        consent: "",
      }),
      { store },
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toMatchObject({
      kind: "validation.required",
      content: "validation.required",
      residentPhone: "validation.phone",
      residentName: "validation.tooLong",
      buildingId: "validation.invalid",
      consent: "needsPublic.form.consentRequired",
    });
    // four photos, a photo field sent as text
    const tooMany = await post(needFormData(valid, await Promise.all([1, 2, 3, 4].map(() => phonePhoto()))), { store });
    expect(tooMany.fieldErrors).toEqual({ photos: "needsPublic.photo.tooMany" });
    const asText = needFormData(valid);
    asText.set("photos", "C:\\fakepath\\x.jpg");
    expect((await post(asText, { store })).fieldErrors).toEqual({ photos: "validation.invalid" });
    // a building of another community, a category of another community
    const other = await createStreetWorld();
    const foreignBuilding = await post(needFormData({ ...valid, buildingId: other.building.id }), { store });
    expect(foreignBuilding.fieldErrors).toEqual({ buildingId: "validation.invalid" });
    const foreignCategory = await db().serviceCategory.create({
      data: { communityId: other.community.id, nameZh: "别人的类别", nameEn: "Theirs", icon: "Star" },
    });
    const wrongCategory = await post(needFormData({ ...valid, categoryId: foreignCategory.id }), { store });
    expect(wrongCategory.fieldErrors).toEqual({ categoryId: "validation.required" });
    expect(await counts()).toEqual(before);
  });

  it("an unknown community is not found, and nothing is written", async () => {
    const { store } = await tempPhotoStore();
    const before = await counts();
    const world = await createStreetWorld();
    const afterWorld = await counts();
    const state = await post(
      needFormData(validNeedValues({ communityId: "0190f0c4-0000-7000-8000-0000000000aa", categoryId: await categoryIdOf() })),
      { store },
    );
    expect(state).toMatchObject({ ok: false, message: "errors.notFound" });
    // a grid's or building's id is not a community either
    const asBuilding = await post(
      needFormData(validNeedValues({ communityId: world.building.id, categoryId: await categoryIdOf() })),
      { store },
    );
    expect(asBuilding).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await counts()).toEqual({ ...afterWorld, hits: before.hits });
  });

  it("is throttled per phone: the fourth post within an hour is refused and writes nothing", async () => {
    const world = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const phone = uniquePhone();
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      const state = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId, phone })), {
        store,
        now,
      });
      expect(state.ok).toBe(true);
    }
    const before = await counts();
    const fourth = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId, phone })), {
      store,
      now,
    });
    expect(fourth).toMatchObject({ ok: false, message: "throttle.tooMany" });
    expect(await counts()).toEqual(before);
    // an hour later the phone may post again
    const later = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId, phone })), {
      store,
      now: new Date(now.getTime() + 3601_000),
    });
    expect(later.ok).toBe(true);
  });

  it("is throttled per address: the eleventh post within ten minutes from one address is refused, whatever the phone", async () => {
    const world = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const clientAddress = uniqueAddress();
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      const state = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId })), {
        store,
        clientAddress,
        now,
      });
      expect(state.ok).toBe(true);
    }
    const eleventh = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId })), {
      store,
      clientAddress,
      now,
    });
    expect(eleventh).toMatchObject({ ok: false, message: "throttle.tooMany" });
    // another address is not held back
    const elsewhere = await post(needFormData(validNeedValues({ communityId: world.community.id, categoryId })), {
      store,
      now,
    });
    expect(elsewhere.ok).toBe(true);
  });
});

describe("the tracking link opens one need and nothing else", () => {
  it("shows its status and visible timeline; another need's token, an unknown or malformed token is not found", async () => {
    const world = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const mine = await submitNeed({
      input: needFormSchema.parse(
        Object.fromEntries(needFormData(validNeedValues({ communityId: world.community.id, categoryId }))),
      ),
      clientAddress: uniqueAddress(),
      store,
    });
    const theirs = await submitNeed({
      input: needFormSchema.parse({
        ...validNeedValues({ communityId: world.community.id, categoryId }),
        content: "别人的需求",
        photos: [],
      }),
      clientAddress: uniqueAddress(),
      store,
    });
    await db().needEvent.create({ data: { needId: mine.needId, kind: "progress", visibleToResident: false } });
    const tracked = await getTrackedNeed({ input: { token: mine.token } });
    expect(tracked).toMatchObject({ status: "SUBMITTED", kind: "WISH", content: "想要一台旧收音机，听戏用" });
    expect(tracked.events.map((e) => e.kind)).toEqual(["submitted"]);
    expect(JSON.stringify(tracked)).not.toMatch(/王阿姨|302|1[3-9]\d{9}/);
    expect((await getTrackedNeed({ input: { token: theirs.token } })).content).toBe("别人的需求");
    for (const token of [newTrackingToken().token, "short", `${mine.token}x`, mine.token.toUpperCase(), "../../etc", ""]) {
      await expect(getTrackedNeed({ input: { token } })).rejects.toBeInstanceOf(NotFoundError);
    }
    // a voided token (slip reissued: the hash replaced) opens nothing
    await db().need.update({ where: { id: mine.needId }, data: { trackingHash: newTrackingToken().hash } });
    await expect(getTrackedNeed({ input: { token: mine.token } })).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe("a lost slip is reissued (decision 085)", () => {
  it("gives a new tracking link and voids the old one; another community's secretary finds nothing", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const values = validNeedValues({ communityId: world.community.id, categoryId, buildingId: world.building.id });
    const recorded = await recordNeedOnBehalf({
      actor: world.secretary,
      input: needFormSchema.parse({ ...values, photos: [] }),
      store,
    });

    await expect(reissueTrackingSlip({ actor: other.secretary, input: { needId: recorded.needId } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(reissueTrackingSlip({ actor: world.admin, input: { needId: recorded.needId } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await getTrackedNeed({ input: { token: recorded.token } })).status).toBe("SUBMITTED");

    const reissued = await reissueTrackingSlip({ actor: world.secretary, input: { needId: recorded.needId } });
    expect(reissued.token).not.toBe(recorded.token);
    expect((await getTrackedNeed({ input: { token: reissued.token } })).status).toBe("SUBMITTED");
    await expect(getTrackedNeed({ input: { token: recorded.token } })).rejects.toBeInstanceOf(UserFacingError);
    expect(
      await db().needEvent.count({ where: { needId: recorded.needId, kind: "slipReissued", visibleToResident: false } }),
    ).toBe(1);
  });
});

describe("recorded on behalf (上门收集)", () => {
  it("by the secretary for their community (never the form's), and by a building group leader for their own building only", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    // the form names another community: the secretary's own is used
    const values = validNeedValues({ communityId: other.community.id, categoryId, buildingId: world.building.id });
    const bySecretary = await recordNeedOnBehalf({
      actor: world.secretary,
      input: needFormSchema.parse({ ...values, photos: [] }),
      store,
    });
    const recorded = await db().need.findUniqueOrThrow({ where: { id: bySecretary.needId } });
    expect(recorded).toMatchObject({
      communityId: world.community.id,
      source: "ON_BEHALF",
      recordedById: world.secretary.userId,
      consentVersion: NEED_CONSENT_VERSION,
    });
    expect((await getTrackedNeed({ input: { token: bySecretary.token } })).status).toBe("SUBMITTED");

    const secondBuilding = await createBuilding({ grid: world.grid });
    const leader = await createMemberWithAccount({
      communityId: world.community.id,
      gridId: world.grid.id,
      buildingId: world.building.id,
    });
    await db().member.update({ where: { id: leader.member.id }, data: { isBuildingLeader: true } });
    const leaderActor = await actorFor(leader.userId!);
    const own = await recordNeedOnBehalf({
      actor: leaderActor,
      input: needFormSchema.parse({
        ...validNeedValues({ communityId: world.community.id, categoryId, buildingId: world.building.id }),
        photos: [],
      }),
      store,
    });
    expect((await db().need.findUniqueOrThrow({ where: { id: own.needId } })).recordedById).toBe(leader.userId);

    const before = await counts();
    const elsewhere = await executeAction(
      {
        permission: "self.view",
        schema: needFormSchema,
        files: ["photos"],
        run: ({ actor, input }) => recordNeedOnBehalf({ actor, input, store }),
      },
      leaderActor,
      needFormData(validNeedValues({ communityId: world.community.id, categoryId, buildingId: secondBuilding.id })),
    );
    expect(elsewhere.fieldErrors).toEqual({ buildingId: "needsPublic.record.ownBuildingOnly" });
    // a member who leads no building, and a unit-less visitor, are refused
    const plain = await createMemberWithAccount({ communityId: world.community.id, buildingId: world.building.id });
    const input = needFormSchema.parse({
      ...validNeedValues({ communityId: world.community.id, categoryId, buildingId: world.building.id }),
      photos: [],
    });
    await expect(recordNeedOnBehalf({ actor: await actorFor(plain.userId!), input, store })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(recordNeedOnBehalf({ actor: VISITOR, input, store })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
  });
});

describe("retention: contact details and photos erased after the retention time", () => {
  const DAY = 86_400_000;

  async function closedNeed(options: {
    communityId: string;
    closedDaysAgo: number;
    now: Date;
    store: PhotoStore;
    status?: "CONFIRMED" | "CLOSED";
  }) {
    const categoryId = await categoryIdOf();
    const { needId } = await submitNeed({
      input: needFormSchema.parse(
        Object.fromEntries(needFormData(validNeedValues({ communityId: options.communityId, categoryId }), [await phonePhoto()])),
      ),
      clientAddress: uniqueAddress(),
      store: options.store,
    });
    const at = new Date(options.now.getTime() - options.closedDaysAgo * DAY);
    const status = options.status ?? "CONFIRMED";
    await db().need.update({
      where: { id: needId },
      data: status === "CONFIRMED" ? { status, confirmedAt: at, rating: 5 } : { status, closedAt: at, reason: "无人确认" },
    });
    return needId;
  }

  it("erases name, phone, room and request photos after needRetentionDays, not before; the anonymized need stays", async () => {
    const world = await createStreetWorld();
    const short = await createStreetWorld();
    await db().communitySettings.create({ data: { communityId: short.community.id, needRetentionDays: 30 } });
    const { store } = await tempPhotoStore();
    const now = new Date();
    const due = await closedNeed({ communityId: world.community.id, closedDaysAgo: 181, now, store });
    const notYet = await closedNeed({ communityId: world.community.id, closedDaysAgo: 179, now, store, status: "CLOSED" });
    const dueShort = await closedNeed({ communityId: short.community.id, closedDaysAgo: 31, now, store, status: "CLOSED" });
    const notYetShort = await closedNeed({ communityId: short.community.id, closedDaysAgo: 29, now, store });
    const categoryId = await categoryIdOf();
    const open = await submitNeed({
      input: needFormSchema.parse({ ...validNeedValues({ communityId: world.community.id, categoryId }), photos: [] }),
      clientAddress: uniqueAddress(),
      store,
      now: new Date(now.getTime() - 400 * DAY),
    });
    const keyOf = async (id: string) => (await db().needPhoto.findFirstOrThrow({ where: { needId: id } })).storageKey;
    const dueKey = await keyOf(due);
    const keptKey = await keyOf(notYet);

    expect(await eraseExpiredNeedContacts({ now, store })).toEqual({ erased: 2, photos: 2 });
    for (const id of [due, dueShort]) {
      const need = await db().need.findUniqueOrThrow({ where: { id }, include: { photos: true, events: true } });
      expect(need).toMatchObject({ residentName: null, residentPhone: null, room: null, contactErasedAt: now });
      expect(need.content).toBe("想要一台旧收音机，听戏用");
      expect(need.photos).toEqual([]);
      expect(need.events.map((e) => e.kind)).toContain("erased");
    }
    expect((await db().need.findUniqueOrThrow({ where: { id: due } })).rating).toBe(5);
    expect(await store.get(dueKey)).toBeNull();
    for (const id of [notYet, notYetShort, open.needId]) {
      const need = await db().need.findUniqueOrThrow({ where: { id }, include: { photos: true } });
      expect(need).toMatchObject({ residentName: "王阿姨", room: "302", contactErasedAt: null });
    }
    expect(await store.get(keptKey)).not.toBeNull();
    // a second run finds nothing more; two days later the next one is due
    expect(await eraseExpiredNeedContacts({ now, store })).toEqual({ erased: 0, photos: 0, skipped: true });
    expect(await eraseExpiredNeedContacts({ now: new Date(now.getTime() + 2 * DAY), store })).toMatchObject({ erased: 2 });
  });
});

describe("the wish wall (心愿墙) and short stories (微故事)", () => {
  it("shows published and confirmed needs anonymized, never untriaged or turned-down ones; the secretary writes stories on confirmed needs only", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const make = async (content: string, data: Record<string, unknown>) => {
      const { needId } = await submitNeed({
        input: needFormSchema.parse({
          ...validNeedValues({ communityId: world.community.id, categoryId, buildingId: world.building.id }),
          content,
          photos: [],
        }),
        clientAddress: uniqueAddress(),
        store,
      });
      await db().need.update({ where: { id: needId }, data });
      return needId;
    };
    await make("还没看过的需求", {});
    await make("被退回的需求", { status: "REJECTED", reason: "不在本社区" });
    const published = await make("需要修自行车", { status: "PUBLISHED", publishedAt: new Date() });
    const confirmed = await make("想学用智能手机", { status: "CONFIRMED", confirmedAt: new Date(), rating: 5 });

    const wall = await listNeedWall({ input: { communityId: world.community.id } });
    expect(wall.open.map((n) => n.id)).toEqual([published]);
    expect(wall.completed.map((n) => n.id)).toEqual([confirmed]);
    expect(wall).toMatchObject({ openCount: 1, completedCount: 1, stories: [] });
    expect(wall.open[0]).toMatchObject({ building: world.building.name, content: "需要修自行车" });
    expect(JSON.stringify(wall)).not.toMatch(/王阿姨|302|1[3-9]\d{9}|还没看过|被退回/);
    await expect(listNeedWall({ input: { communityId: world.building.id } })).rejects.toBeInstanceOf(NotFoundError);

    await expect(
      writeNeedStory({ actor: world.secretary, input: { needId: published, title: "修车", body: "……" } }),
    ).rejects.toMatchObject({ messageKey: "needsPublic.story.onlyConfirmed" });
    await expect(
      writeNeedStory({ actor: other.secretary, input: { needId: confirmed, title: "别人的", body: "……" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(writeNeedStory({ actor: VISITOR, input: { needId: confirmed, title: "x", body: "y" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await writeNeedStory({
      actor: world.secretary,
      input: { needId: confirmed, title: "八十岁学微信", body: "党员小李每周教张奶奶用手机。" },
    });
    const stories = await listNeedStories({ input: { communityId: world.community.id } });
    expect(stories).toMatchObject([{ id: confirmed, title: "八十岁学微信", building: world.building.name }]);
    expect((await listNeedWall({ input: { communityId: world.community.id } })).stories).toHaveLength(1);
    expect(await listNeedStories({ input: { communityId: other.community.id } })).toEqual([]);
    const events = await db().needEvent.findMany({ where: { needId: confirmed }, select: { kind: true } });
    expect(events.map((e) => e.kind)).toContain("storyPublished");
  });
});

describe("request photos are served only to those allowed", () => {
  it("the secretary of the need's community and its claimants see a photo; another community, another member, a visitor: not found", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { store } = await tempPhotoStore();
    const categoryId = await categoryIdOf();
    const { needId } = await submitNeed({
      input: needFormSchema.parse(
        Object.fromEntries(needFormData(validNeedValues({ communityId: world.community.id, categoryId }), [await phonePhoto()])),
      ),
      clientAddress: uniqueAddress(),
      store,
    });
    const photo = await db().needPhoto.findFirstOrThrow({ where: { needId } });
    const claimant = await createMemberWithAccount({ communityId: world.community.id });
    const bystander = await createMemberWithAccount({ communityId: world.community.id });
    await db().need.update({ where: { id: needId }, data: { status: "CLAIMED", claimedCount: 1 } });
    await db().needClaim.create({ data: { needId, memberId: claimant.member.id, communityId: world.community.id } });

    const seen = await readNeedPhoto({ actor: world.secretary, input: { id: photo.id }, store });
    expect(seen.contentType).toBe("image/jpeg");
    expect((await sharp(seen.bytes).metadata()).exif).toBeUndefined();
    expect((await readNeedPhoto({ actor: await actorFor(claimant.userId!), input: { id: photo.id }, store })).bytes.length).toBe(
      photo.bytes,
    );
    for (const actor of [other.secretary, await actorFor(bystander.userId!), VISITOR, null]) {
      await expect(readNeedPhoto({ actor, input: { id: photo.id }, store })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(readNeedPhoto({ actor: world.secretary, input: { id: "../etc/passwd" }, store })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
