// Activities and members with accounts for the service tests.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createMember, createUser } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "./world";

type StreetWorld = Awaited<ReturnType<typeof createStreetWorld>>;

export async function categoryId(code = "ENVIRONMENT") {
  return (await db().serviceCategory.findUniqueOrThrow({ where: { code } })).id;
}

export async function createActivity(
  world: StreetWorld,
  overrides: Partial<{
    capacity: number;
    points: number;
    hours: number;
    startsAt: Date;
    endsAt: Date;
    signupDeadline: Date;
    status: "DRAFT" | "PUBLISHED" | "CANCELLED";
    title: string;
  }> = {},
) {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 3 * 86_400_000);
  return db().activity.create({
    data: {
      communityId: world.community.id,
      categoryId: await categoryId(),
      title: overrides.title ?? "楼道清洁",
      place: "社区活动中心",
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000),
      signupDeadline: overrides.signupDeadline ?? new Date(startsAt.getTime() - 3_600_000),
      capacity: overrides.capacity ?? 10,
      points: overrides.points ?? 5,
      hours: overrides.hours ?? 2,
      status: overrides.status ?? "PUBLISHED",
      publishedAt: new Date(),
    },
  });
}

/** `count` verified members of the world's community, each with an account and the MEMBER role. */
export async function createMemberActors(world: StreetWorld, count: number): Promise<(Actor & { memberId: string })[]> {
  const users = await Promise.all(
    Array.from({ length: count }, () => createUser({ grants: [{ role: "MEMBER", organizationId: world.community.id }] })),
  );
  const members = await Promise.all(
    users.map((u) =>
      createMember({
        communityId: world.community.id,
        gridId: world.grid.id,
        buildingId: world.building.id,
        userId: u.id,
        phone: u.phone,
        name: u.name,
      }),
    ),
  );
  return Promise.all(users.map(async (u, i) => ({ ...(await actorFor(u.id)), memberId: members[i].id })));
}
