// Builds small, unique worlds for integration tests from the shared factories.
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createBuilding, createCommunity, createGrid, createStreet, createUser } from "@/prisma/factories";

export async function actorFor(userId: string, role?: Role): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error("no such user");
  const grant = role ? actor.grants.find((g) => g.role === role) : actor.active;
  return { ...actor, active: grant ?? null };
}

/** A street with one community, one grid and one building, and an admin and a secretary. */
export async function createStreetWorld() {
  const street = await createStreet();
  const community = await createCommunity({ streetId: street.id });
  const grid = await createGrid({ community });
  const building = await createBuilding({ grid });
  const admin = await createUser({ grants: [{ role: "ADMIN", organizationId: street.id }] });
  const secretary = await createUser({ grants: [{ role: "SECRETARY", organizationId: community.id }] });
  return {
    street,
    community,
    grid,
    building,
    admin: await actorFor(admin.id),
    secretary: await actorFor(secretary.id),
  };
}
