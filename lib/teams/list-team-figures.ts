import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { cachedFigures, communitiesStamp } from "../dashboards/figures-cache.ts";
import { db } from "../db.ts";
import { yearRange } from "../time.ts";

export type ListTeamFiguresOptions = { actor: Actor; input: { year: number } };

export type TeamFigures = { id: string; name: string; members: number; activities: number; attendances: number; hours: number };

/** The community dashboard by team: members, the year's published activities, confirmed attendances and hours. */
export async function listTeamFigures({ actor, input }: ListTeamFiguresOptions): Promise<TeamFigures[]> {
  const communityId = authorize(actor, "dashboard.community").orgId;
  const stamp = await communitiesStamp([communityId]);
  // kept while the community's figures stamp is unchanged (decision 089)
  return cachedFigures(`teams:${communityId}:${input.year}`, stamp, new Date(), async () => ({
    value: await computeTeamFigures(communityId, input.year),
  }));
}

async function computeTeamFigures(communityId: string, year: number): Promise<TeamFigures[]> {
  const { start, end } = yearRange(year);
  const rows = await db().$queryRaw<
    { id: string; name: string; members: number; activities: number; attendances: number; hours: string }[]
  >`
    SELECT t.id, t.name,
      (SELECT count(*)::int FROM "TeamMembership" m WHERE m."teamId" = t.id AND m.status = 'MEMBER') AS members,
      count(DISTINCT a.id)::int AS activities,
      count(r.id) FILTER (WHERE r.status = 'CONFIRMED')::int AS attendances,
      coalesce(sum(r.hours) FILTER (WHERE r.status = 'CONFIRMED'), 0)::text AS hours
    FROM "VolunteerTeam" t
    LEFT JOIN "Activity" a ON a."teamId" = t.id AND a."communityId" = t."communityId" AND a.status = 'PUBLISHED'
      AND a."startsAt" >= ${start} AND a."startsAt" < ${end}
    LEFT JOIN "ActivityRecord" r ON r."activityId" = a.id
    WHERE t."communityId" = ${communityId}::uuid AND t."archivedAt" IS NULL
    GROUP BY t.id, t.name
    ORDER BY t.name`;
  return rows.map((r) => ({ ...r, hours: Number(r.hours) }));
}
