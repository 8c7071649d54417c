import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type GetRegistrationPosterOptions = {
  actor: Actor;
  /** the street admin names the community; a secretary's is always their own (any id is ignored) */
  input: { communityId?: string };
};

/** The registration link a poster's QR code opens: registration with the community already chosen. */
export function registrationPath(communityId: string): string {
  return `/register?c=${communityId}`;
}

/**
 * What a community's registration poster shows: its name, its street, and the registration link.
 * A secretary gets their own community; a street admin any community of the street in service
 * (another street's, an archived one, a grid or anything else: not found).
 */
export async function getRegistrationPoster({ actor, input }: GetRegistrationPosterOptions) {
  const grant = authorize(actor, "posters.print");
  const where =
    grant.role === "SECRETARY" ? { id: grant.orgId } : { id: assertId(input.communityId ?? ""), streetId: grant.orgId };
  const community = await db().organization.findFirst({
    where: { ...where, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  if (!community) throw new NotFoundError();
  return {
    community: { id: community.id, name: community.name },
    street: community.parent?.name ?? "",
    registerPath: registrationPath(community.id),
  };
}
