import "server-only";
import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { NotFoundError } from "../errors.ts";
import { getNeedFormOptions } from "./get-need-form-options.ts";

export type NeedPoster = { community: string; building: string | null; communityId: string; buildingId: string | null };

/**
 * The A4 posters for stairwells and notice boards (群众点单): one for the community and one per
 * building (the building's poster preselects it on the form), or only the one asked for with `?b=`.
 */
export async function getNeedPosters({
  actor,
  input,
}: {
  actor: Actor;
  input: { buildingId?: string; scope?: "community" | "all" };
}) {
  const grant = authorize(actor, "needs.manage");
  const options = await getNeedFormOptions({ input: { communityId: grant.orgId } });
  const community = options.community;
  const base = { community: community.name, communityId: community.id };
  if (input.buildingId) {
    const building = options.buildings.find((b) => b.id === input.buildingId);
    if (!building) throw new NotFoundError();
    return [{ ...base, building: building.name, buildingId: building.id }] satisfies NeedPoster[];
  }
  const posters: NeedPoster[] = [{ ...base, building: null, buildingId: null }];
  if (input.scope === "all") posters.push(...options.buildings.map((b) => ({ ...base, building: b.name, buildingId: b.id })));
  return posters;
}
