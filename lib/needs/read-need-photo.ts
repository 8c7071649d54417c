import "server-only";
import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { needPhotoStore, type PhotoStore } from "./photo-store.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A need's photo, for those allowed to see the need's details only: the secretary of its community
 * (needs.manage) and its claimants (an active or done claim). Anyone else, and any other id, gets
 * "not found" — the same answer as for a photo that does not exist or was erased.
 */
export async function readNeedPhoto({
  actor,
  input,
  store = needPhotoStore(),
}: {
  actor: Actor | null;
  input: { id: string };
  store?: PhotoStore;
}): Promise<{ bytes: Buffer; contentType: string }> {
  const active = actor?.active;
  if (!actor || !active || !UUID.test(input.id)) throw new NotFoundError();
  const asSecretary = can(actor, "needs.manage");
  const asMember = !asSecretary && can(actor, "self.needs");
  if (!asSecretary && !asMember) throw new NotFoundError();
  const photo = await db().needPhoto.findFirst({
    where: {
      id: input.id.toLowerCase(),
      need: asSecretary
        ? { communityId: active.orgId }
        : { claims: { some: { status: { in: ["ACTIVE", "DONE"] }, member: { userId: actor.userId } } } },
    },
    select: { storageKey: true, contentType: true },
  });
  if (!photo) throw new NotFoundError();
  const bytes = await store.get(photo.storageKey);
  if (!bytes) throw new NotFoundError();
  return { bytes, contentType: photo.contentType };
}
