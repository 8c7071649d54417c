// Needs for integration tests: a need in any status, with claims, in a street world.
import { db, type Need } from "@/lib/db";
import type { NeedClaimStatus, NeedKind, NeedStatus } from "@/lib/generated/prisma/enums";
import { newTrackingToken } from "@/lib/needs/tracking-token";
import { categoryIdOf, createActivity, createMemberWithAccount } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "./world";

export type StreetWorld = Awaited<ReturnType<typeof createStreetWorld>>;

/** A need of the world's community; returns the row and its tracking token (shown once in real life). */
export async function createNeed(
  world: StreetWorld,
  options: {
    status?: NeedStatus;
    places?: number;
    kind?: NeedKind;
    content?: string;
    categoryId?: string;
    buildingId?: string | null;
    createdAt?: Date;
    publishedAt?: Date | null;
  } = {},
): Promise<{ need: Need; token: string }> {
  const { token, hash } = newTrackingToken();
  const status = options.status ?? "SUBMITTED";
  // what the CHECKs ask of the closed statuses
  const mergedIntoId = status === "MERGED" ? (await createNeed(world, { status: "PUBLISHED" })).need.id : null;
  const activityId =
    status === "CONVERTED"
      ? (
          await createActivity({
            communityId: world.community.id,
            startsAt: new Date(Date.now() + 7 * 86_400_000),
            status: "DRAFT",
          })
        ).id
      : null;
  const need = await db().need.create({
    data: {
      communityId: world.community.id,
      streetId: world.street.id,
      kind: options.kind ?? "WISH",
      categoryId: options.categoryId ?? (await categoryIdOf()),
      content: options.content ?? "想请人帮忙修一下楼道的灯",
      buildingId: options.buildingId === undefined ? world.building.id : options.buildingId,
      gridId: world.grid.id,
      room: "2单元301",
      residentName: "王阿姨",
      residentPhone: "13900001111",
      consentVersion: "2026-12",
      consentAt: new Date(),
      source: "RESIDENT",
      trackingHash: hash,
      status,
      places: options.places ?? 1,
      reason: status === "REJECTED" || status === "CLOSED" ? "测试原因" : null,
      mergedIntoId,
      activityId,
      createdAt: options.createdAt,
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : status === "SUBMITTED" ? null : new Date(),
    },
  });
  return { need, token };
}

/** A member with an account (MEMBER role) in the world's community, and their actor. */
export async function createNeedMember(world: StreetWorld, options: { buildingId?: string | null; name?: string } = {}) {
  const { member, userId } = await createMemberWithAccount({
    communityId: world.community.id,
    gridId: world.grid.id,
    buildingId: options.buildingId === undefined ? world.building.id : options.buildingId,
    name: options.name,
  });
  return { member, actor: await actorFor(userId!) };
}

/** A claim as the real flow leaves it: counted in claimedCount unless RETURNED. */
export async function addClaim(needId: string, memberId: string, communityId: string, status: NeedClaimStatus = "ACTIVE") {
  const claim = await db().needClaim.create({
    data: {
      needId,
      memberId,
      communityId,
      status,
      doneAt: status === "DONE" ? new Date() : null,
      returnedAt: status === "RETURNED" ? new Date() : null,
    },
  });
  if (status !== "RETURNED") await db().need.update({ where: { id: needId }, data: { claimedCount: { increment: 1 } } });
  return claim;
}

/** A DONE need with `claimants` members whose claims are DONE. */
export async function createDoneNeed(world: StreetWorld, claimants = 1, options: { categoryId?: string } = {}) {
  const { need, token } = await createNeed(world, { status: "DONE", places: Math.max(1, claimants), ...options });
  const members = [];
  for (let i = 0; i < claimants; i++) {
    const m = await createNeedMember(world);
    await addClaim(need.id, m.member.id, world.community.id, "DONE");
    members.push(m);
  }
  return { need, token, members };
}
