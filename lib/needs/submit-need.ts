import "server-only";
import { throttlePublicForm } from "../auth/throttle.ts";
import type { NeedFormInput } from "./need-form-schema.ts";
import { assertNeedCategory, needPlaceOf, preparePhotos, writeNeed } from "./need-writer.ts";
import { needPhotoStore, type PhotoStore } from "./photo-store.ts";

export type SubmitNeedOptions = {
  input: NeedFormInput;
  clientAddress: string;
  now?: Date;
  store?: PhotoStore;
};

/**
 * 群众点单: a resident posts a need on the community's public page, no account. Checks the place
 * and category (an unknown community is "not found"), then the throttle per phone and address,
 * then the photos, and only then writes. Nobody vouches for it yet: it waits for the triage.
 */
export async function submitNeed({ input, clientAddress, now = new Date(), store = needPhotoStore() }: SubmitNeedOptions) {
  const place = await needPlaceOf(input.communityId, input.buildingId);
  await assertNeedCategory(place.community.id, input.categoryId);
  const photos = await preparePhotos(input.photos);
  await throttlePublicForm("postNeed", { phone: input.residentPhone, clientAddress, now });
  return writeNeed({ input, place, photos, source: "RESIDENT", recordedById: null, store, now });
}
