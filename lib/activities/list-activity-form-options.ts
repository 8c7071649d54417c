import type { Actor } from "../auth/actor.ts";
import { db } from "../db.ts";
import { authorizeActivities } from "./activity-scope.ts";

export type ListActivityFormOptionsOptions = { actor: Actor; input: { year: number } };

/** Choices for the activity form: categories (shared and the community's own), this year's menu items, the teams in scope. */
export async function listActivityFormOptions({ actor, input }: ListActivityFormOptionsOptions) {
  const scope = await authorizeActivities(actor, "activities.manage");
  const community = { orgId: scope.communityId };
  const [categories, items, teams] = await Promise.all([
    db().serviceCategory.findMany({
      where: { archivedAt: null, OR: [{ communityId: null }, { communityId: community.orgId }] },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, nameZh: true, nameEn: true },
    }),
    db().serviceItem.findMany({
      where: { communityId: community.orgId, year: { in: [input.year, input.year + 1] }, status: { in: ["OPEN", "CLOSED"] } },
      orderBy: [{ year: "asc" }, { title: "asc" }],
      select: { id: true, title: true, year: true, categoryId: true },
    }),
    db().volunteerTeam.findMany({
      where: { communityId: community.orgId, archivedAt: null, ...(scope.teamIds ? { id: { in: scope.teamIds } } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, items, teams, teamRequired: scope.teamIds !== null };
}
