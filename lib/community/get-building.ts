import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db } from "../db.ts";
import { NotFoundError } from "../errors.ts";
import { assertId } from "../ids.ts";

export type GetBuildingOptions = { actor: Actor; input: { id: string } };

/** One building of the secretary's community and the members living there. */
export async function getBuilding({ actor, input }: GetBuildingOptions) {
  const community = authorize(actor, "community.view");
  const building = await db().organization.findFirst({
    where: { id: assertId(input.id), kind: "BUILDING", communityId: community.orgId },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      parent: { select: { name: true } },
      buildingMembers: {
        where: { communityId: community.orgId, status: { in: ["ACTIVE", "PENDING"] } },
        orderBy: [{ room: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          room: true,
          phone: true,
          status: true,
          kind: true,
          isCenterHousehold: true,
          isBuildingLeader: true,
          employerUnit: { select: { name: true } },
          employerName: true,
        },
      },
    },
  });
  if (!building) throw new NotFoundError();
  return building;
}
