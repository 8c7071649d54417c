// Activities and members with accounts for the service tests.
import type { Actor } from "@/lib/auth/actor";
import { categoryIdOf, createActivity as createSharedActivity, createMember, createUser } from "@/prisma/factories";
import { actorFor, createStreetWorld } from "./world";

type StreetWorld = Awaited<ReturnType<typeof createStreetWorld>>;

export const categoryId = (code = "ENVIRONMENT") => categoryIdOf(code);

/** A published activity of the world's community, three days ahead, ten places, five points for two hours. */
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
  return createSharedActivity({
    communityId: world.community.id,
    category: "ENVIRONMENT",
    title: "楼道清洁",
    place: "社区活动中心",
    capacity: 10,
    points: 5,
    hours: 2,
    signupDeadline: new Date(startsAt.getTime() - 3_600_000),
    publishedAt: new Date(),
    ...overrides,
    startsAt,
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
