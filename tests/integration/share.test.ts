// Posters, share cards and registration's community search (decision 081), against real PostgreSQL.
import { describe, expect, it } from "vitest";
import { activityShareCardResponse } from "@/lib/activities/activity-share-card";
import { getActivityShare } from "@/lib/activities/get-activity-share";
import { getPublicActivity } from "@/lib/activities/get-public-activity";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { findRegistrationCommunity } from "@/lib/orgs/find-registration-community";
import { getRegistrationPoster } from "@/lib/orgs/get-registration-poster";
import { COMMUNITY_CHOICES_MAX, communitySearchSchema, searchCommunities } from "@/lib/orgs/search-communities";
import { createActivity, createCommunity, createMember, createSignup, createStreet, createUser } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "../support/world";

const inFiveDays = () => new Date(Date.now() + 5 * 86_400_000);

describe("registration's community search", () => {
  it("finds one community among 800 by its or its street's name, lists at most 50, and lists none for no words", async () => {
    const streets = await Promise.all(Array.from({ length: 20 }, (_, i) => createStreet(`搜索${i + 1}街道`)));
    await db().organization.createMany({
      data: streets.flatMap((street, s) =>
        Array.from({ length: 40 }, (_, c) => ({
          kind: "COMMUNITY" as const,
          name: `第${s * 40 + c + 1}号社区`,
          parentId: street.id,
          streetId: street.id,
        })),
      ),
    });
    const archived = await createCommunity({ streetId: streets[0].id, name: "第9999号社区" });
    await db().organization.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const none = await searchCommunities({ input: { q: "" } });
    expect(none).toMatchObject({ total: 800, more: true, communities: [] });

    const one = await searchCommunities({ input: { q: "第777号" } });
    expect(one.total).toBe(1);
    expect(one.communities).toEqual([{ id: expect.any(String), name: "第777号社区", street: "搜索20街道" }]);

    const byStreet = await searchCommunities({ input: { q: "搜索3街道" } });
    expect(byStreet.total).toBe(40);
    expect(byStreet.communities.map((c) => c.name)[0]).toBe("第81号社区");
    expect(byStreet.communities.at(-1)?.name).toBe("第120号社区");
    expect(byStreet.more).toBe(false);

    const many = await searchCommunities({ input: { q: "社区" } });
    expect(many).toMatchObject({ total: 800, more: true });
    expect(many.communities).toHaveLength(COMMUNITY_CHOICES_MAX);

    expect((await searchCommunities({ input: { q: "第9999号" } })).total).toBe(0);
    expect((await searchCommunities({ input: { q: "%" } })).total).toBe(0);
    expect((await searchCommunities({ input: { q: "_" } })).total).toBe(0);
    expect((await searchCommunities({ input: { q: "\\" } })).total).toBe(0);
  });

  it("reads the search words safely: trimmed, no control characters, at most 40 characters, never an error", async () => {
    expect(communitySearchSchema.parse({ q: "  东湖 " })).toEqual({ q: "东湖" });
    expect(communitySearchSchema.parse({ q: "a\u0000b" })).toEqual({ q: "ab" });
    expect(communitySearchSchema.parse({ q: ["a", "b"] })).toEqual({ q: "a" });
    expect(communitySearchSchema.parse({ q: "x".repeat(41) })).toEqual({ q: "x".repeat(40) });
    expect(communitySearchSchema.parse({ q: 7 })).toEqual({ q: "" });
    expect((await searchCommunities({ input: { q: "a\u0000b" } })).total).toBe(0);
    expect(communitySearchSchema.parse({})).toEqual({ q: "" });
    expect(communitySearchSchema.parse(null)).toEqual({ q: "" });
  });

  it("takes the community from a registration link only when it is a community in service", async () => {
    const { community, grid, street } = await createStreetWorld();
    expect(await findRegistrationCommunity({ input: { id: community.id } })).toEqual({
      id: community.id,
      name: community.name,
      street: street.name,
    });
    for (const id of [grid.id, street.id, "nonsense", undefined, "00000000-0000-0000-0000-000000000000"]) {
      expect(await findRegistrationCommunity({ input: { id } })).toBeNull();
    }
  });
});

describe("registration posters", () => {
  it("a secretary gets their own community's, whatever id is asked for", async () => {
    const { secretary, community } = await createStreetWorld();
    const other = await createStreetWorld();
    for (const communityId of [undefined, other.community.id]) {
      const poster = await getRegistrationPoster({ actor: secretary, input: { communityId } });
      expect(poster).toEqual({
        community: { id: community.id, name: community.name },
        street: expect.any(String),
        registerPath: `/register?c=${community.id}`,
      });
    }
  });

  it("a street admin gets any community of the street in service, nothing else", async () => {
    const { admin, community, grid, street } = await createStreetWorld();
    const other = await createStreetWorld();
    expect((await getRegistrationPoster({ actor: admin, input: { communityId: community.id } })).community.id).toBe(community.id);
    const archived = await createCommunity({ streetId: street.id });
    await db().organization.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    for (const communityId of [other.community.id, grid.id, street.id, archived.id, "bad", undefined]) {
      await expect(getRegistrationPoster({ actor: admin, input: { communityId } })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("a member or a unit admin gets none", async () => {
    const { community } = await createStreetWorld();
    const user = await createUser({ grants: [{ role: "MEMBER", organizationId: community.id }] });
    await createMember({ communityId: community.id, userId: user.id, status: "ACTIVE" });
    const member = await actorFor(user.id);
    await expect(getRegistrationPoster({ actor: member, input: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the public activity and its share", () => {
  it("shows a published activity's public facts only: no description, sign-ups, names or phones", async () => {
    const { community } = await createStreetWorld();
    const activity = await createActivity({
      communityId: community.id,
      startsAt: inFiveDays(),
      title: "楼道清理",
      place: "3号楼",
      description: "联系人王阿姨 13912345678",
      capacity: 5,
    });
    const member = await createMember({ communityId: community.id, name: "李四", phone: "13800001111" });
    await createSignup({ activityId: activity.id, memberId: member.id });

    const shown = await getPublicActivity({ input: { id: activity.id } });
    expect(Object.keys(shown).sort()).toEqual(
      [
        "capacity",
        "category",
        "community",
        "endsAt",
        "id",
        "place",
        "placesLeft",
        "signupDeadline",
        "startsAt",
        "status",
        "title",
      ].sort(),
    );
    expect(shown).toMatchObject({
      title: "楼道清理",
      place: "3号楼",
      capacity: 5,
      placesLeft: 4,
      community: { id: community.id },
    });
    const json = JSON.stringify(shown);
    for (const secret of ["13912345678", "王阿姨", "李四", "13800001111"]) expect(json).not.toContain(secret);
  });

  it("does not find drafts, cancelled activities, archived communities' activities, or what is not an id", async () => {
    const { community, street } = await createStreetWorld();
    const startsAt = inFiveDays();
    const draft = await createActivity({ communityId: community.id, startsAt, status: "DRAFT", publishedAt: null });
    const cancelled = await createActivity({ communityId: community.id, startsAt, status: "CANCELLED" });
    const closed = await createCommunity({ streetId: street.id });
    const orphan = await createActivity({ communityId: closed.id, startsAt });
    await db().organization.update({ where: { id: closed.id }, data: { archivedAt: new Date() } });
    for (const id of [draft.id, cancelled.id, orphan.id, "1", "' or 1=1 --", "00000000-0000-0000-0000-000000000000"]) {
      await expect(getPublicActivity({ input: { id } })).rejects.toBeInstanceOf(NotFoundError);
      const response = await activityShareCardResponse({ id, format: "card", request: new Request("http://portal.test/") });
      expect(response.status).toBe(404);
    }
  });

  it("renders the share card as a PNG of the size asked for", async () => {
    const { community } = await createStreetWorld();
    const activity = await createActivity({ communityId: community.id, startsAt: inFiveDays(), title: "义务理发" });
    for (const [format, width, height] of [
      ["card", 1080, 1440],
      ["og", 1200, 630],
    ] as const) {
      const response = await activityShareCardResponse({ id: activity.id, format, request: new Request("http://portal.test/") });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
    }
  });

  it("gives the secretary the chat text of the community's published activities only", async () => {
    const { secretary, admin, community } = await createStreetWorld();
    const other = await createStreetWorld();
    const now = new Date();
    const activity = await createActivity({
      communityId: community.id,
      startsAt: new Date("2030-03-02T01:00:00Z"),
      endsAt: new Date("2030-03-02T03:30:00Z"),
      title: "义务理发",
      place: "党群服务中心",
      capacity: 8,
    });
    const category = await db().serviceCategory.findUniqueOrThrow({ where: { id: activity.categoryId } });
    const absoluteUrl = (path: string) => `https://portal.example${path}`;
    const share = await getActivityShare({ actor: secretary, input: { id: activity.id, absoluteUrl }, now });
    expect(share).toMatchObject({
      publicPath: `/a/${activity.id}`,
      cardPath: `/a/${activity.id}/card`,
      url: `https://portal.example/a/${activity.id}`,
    });
    expect(share.text).toBe(
      [
        `【社区活动】义务理发（${community.name}）`,
        "时间：3月2日周六 09:00–11:30",
        "地点：党群服务中心",
        `类别：${category.nameZh}`,
        "名额：剩余 8 个名额（共 8 个）",
        "查看并报名：",
        `https://portal.example/a/${activity.id}`,
      ].join("\n"),
    );

    const foreign = await createActivity({ communityId: other.community.id, startsAt: inFiveDays() });
    const draft = await createActivity({ communityId: community.id, startsAt: inFiveDays(), status: "DRAFT", publishedAt: null });
    for (const id of [foreign.id, draft.id, "x"]) {
      await expect(getActivityShare({ actor: secretary, input: { id, absoluteUrl } })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getActivityShare({ actor: admin, input: { id: activity.id, absoluteUrl } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
