import "server-only";
import type { Actor } from "../auth/actor.ts";
import { UserFacingError } from "../errors.ts";
import type { NeedFormInput } from "./need-form-schema.ts";
import { assertNeedCategory, needPlaceOf, preparePhotos, writeNeed } from "./need-writer.ts";
import { onBehalfScope } from "./on-behalf-scope.ts";
import { needPhotoStore, type PhotoStore } from "./photo-store.ts";

export type RecordNeedOnBehalfOptions = { actor: Actor; input: NeedFormInput; now?: Date; store?: PhotoStore };

/**
 * 上门收集: the secretary or a building group leader records a need for a resident without a
 * smartphone, with the same form; the recorder confirms the resident agreed. The community comes
 * from the recorder's role, never from the form; a leader records for their own building only.
 * Returns the tracking token for the printed slip handed to the resident.
 */
export async function recordNeedOnBehalf({
  actor,
  input,
  now = new Date(),
  store = needPhotoStore(),
}: RecordNeedOnBehalfOptions) {
  const scope = await onBehalfScope(actor);
  if (scope.buildingIds && !(input.buildingId && scope.buildingIds.includes(input.buildingId))) {
    throw new UserFacingError("errors.checkForm", { buildingId: "needsPublic.record.ownBuildingOnly" });
  }
  const place = await needPlaceOf(scope.communityId, input.buildingId);
  await assertNeedCategory(place.community.id, input.categoryId);
  const photos = await preparePhotos(input.photos);
  return writeNeed({
    input: { ...input, communityId: scope.communityId },
    place,
    photos,
    source: "ON_BEHALF",
    recordedById: scope.actorId,
    store,
    now,
  });
}
