import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import type { NeedSource } from "../generated/prisma/enums.ts";
import { NEED_CONSENT_VERSION, type NeedFormInput } from "./need-form-schema.ts";
import { newPhotoKey, preparePhoto, type PhotoStore, type PreparedPhoto } from "./photo-store.ts";
import { recordNeedEvent } from "./record-need-event.ts";
import { newTrackingToken } from "./tracking-token.ts";

export type NeedPlace = {
  community: { id: string; name: string; streetId: string };
  building: { id: string; name: string; gridId: string | null } | null;
};

/** The community (active) and, when given, one of its buildings; an unknown community is "not found". */
export async function needPlaceOf(communityId: string, buildingId: string | undefined): Promise<NeedPlace> {
  const community = await db().organization.findFirst({
    where: { id: communityId, kind: "COMMUNITY", archivedAt: null },
    select: { id: true, name: true, streetId: true },
  });
  if (!community?.streetId) throw new NotFoundError();
  let building: NeedPlace["building"] = null;
  if (buildingId) {
    const row = await db().organization.findFirst({
      where: { id: buildingId, kind: "BUILDING", communityId, archivedAt: null },
      select: { id: true, name: true, parent: { select: { id: true, kind: true } } },
    });
    if (!row) throw new UserFacingError("errors.checkForm", { buildingId: "validation.invalid" });
    building = { id: row.id, name: row.name, gridId: row.parent?.kind === "GRID" ? row.parent.id : null };
  }
  return { community: { id: community.id, name: community.name, streetId: community.streetId }, building };
}

/** A category the community offers: one of the shared ones or its own, not archived. */
export async function assertNeedCategory(communityId: string, categoryId: string): Promise<void> {
  const found = await db().serviceCategory.count({
    where: { id: categoryId, archivedAt: null, OR: [{ communityId: null }, { communityId }] },
  });
  if (!found) throw new UserFacingError("errors.checkForm", { categoryId: "validation.required" });
}

/** Every photo checked and re-encoded before anything is written (one bad photo refuses the whole form). */
export async function preparePhotos(files: readonly File[]): Promise<PreparedPhoto[]> {
  const prepared: PreparedPhoto[] = [];
  for (const file of files) prepared.push(await preparePhoto(file));
  return prepared;
}

/**
 * Writes a need with its request photos and its first timeline line. The photos go to the store
 * first (under the need's new id), then the rows in one transaction; if that fails the files are
 * removed again. Returns the tracking token, which exists nowhere else (only its hash is stored).
 */
export async function writeNeed(options: {
  input: NeedFormInput;
  place: NeedPlace;
  photos: readonly PreparedPhoto[];
  source: NeedSource;
  recordedById: string | null;
  store: PhotoStore;
  now: Date;
}): Promise<{ needId: string; token: string }> {
  const { input, place, photos, store, now } = options;
  const needId = randomUUID();
  const { token, hash } = newTrackingToken();
  const keys = photos.map(() => newPhotoKey(needId));
  try {
    for (const [i, photo] of photos.entries()) await store.put(keys[i]!, photo.bytes);
    await db().$transaction(async (tx) => {
      await tx.need.create({
        data: {
          id: needId,
          communityId: place.community.id,
          streetId: place.community.streetId,
          kind: input.kind,
          categoryId: input.categoryId,
          content: input.content,
          wantedWhen: input.wantedWhen ?? null,
          buildingId: place.building?.id ?? null,
          gridId: place.building?.gridId ?? null,
          room: input.room ?? null,
          residentName: input.residentName,
          residentPhone: input.residentPhone,
          consentVersion: NEED_CONSENT_VERSION,
          consentAt: now,
          source: options.source,
          recordedById: options.recordedById,
          trackingHash: hash,
          createdAt: now,
        },
      });
      if (photos.length) {
        await tx.needPhoto.createMany({
          data: photos.map((photo, i) => ({
            needId,
            purpose: "REQUEST" as const,
            storageKey: keys[i]!,
            contentType: photo.contentType,
            bytes: photo.bytes.length,
            width: photo.width,
            height: photo.height,
          })),
        });
      }
      await recordNeedEvent(tx, {
        needId,
        kind: "submitted",
        actorId: options.recordedById,
        params: { source: options.source, photos: photos.length },
      });
    });
  } catch (error) {
    await Promise.all(keys.map((key) => store.delete(key).catch(() => undefined)));
    throw error;
  }
  return { needId, token };
}
