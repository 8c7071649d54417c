import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getNeedFormOptions } from "./get-need-form-options.ts";
import { onBehalfScope } from "./on-behalf-scope.ts";

/** The need form's choices for a recorder: their community, and a leader's own building only. */
export async function getOnBehalfForm({ actor }: { actor: Actor }) {
  const scope = await onBehalfScope(actor);
  const options = await getNeedFormOptions({
    input: {
      communityId: scope.communityId,
      buildingId: scope.buildingIds?.[0],
      onlyBuildingIds: scope.buildingIds ?? undefined,
    },
  });
  return { ...options, leader: scope.buildingIds !== null };
}
