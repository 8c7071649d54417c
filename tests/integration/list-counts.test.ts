import { describe, expect, it } from "vitest";
import { listCommunityActivities } from "@/lib/activities/list-community-activities";
import { createConsultation } from "@/lib/council/create-consultation";
import { giveOpinion } from "@/lib/council/give-opinion";
import { listCouncil } from "@/lib/council/list-council";
import { openConsultation } from "@/lib/council/open-consultation";
import { db } from "@/lib/db";
import { listWorkUnits } from "@/lib/orgs/list-work-units";
import { listMemberTeams } from "@/lib/teams/list-member-teams";
import { listTeams } from "@/lib/teams/list-teams";
import { localDay, parseLocalDateTime } from "@/lib/time";
import { createCouncilSeat, createMember, createRecord, createSignup, createTeam, createWorkUnit } from "@/prisma/factories";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

// Lists count their rows' children per listed id (lib/count-children.ts); each world gets the
// same children in a second community, which must not leak into the first one's counts.
type World = Awaited<ReturnType<typeof createStreetWorld>>;
const DAY = 86_400_000;

async function withActivities(world: World) {
  const members = await createMemberActors(world, 4);
  const upcoming = await createActivity(world, { capacity: 1 });
  const quiet = await createActivity(world, { title: "无人报名" });
  await createSignup({ activityId: upcoming.id, memberId: members[0].memberId });
  await createSignup({ activityId: upcoming.id, memberId: members[1].memberId, status: "WAITLISTED" });
  await createSignup({ activityId: upcoming.id, memberId: members[2].memberId, status: "WAITLISTED" });
  await createSignup({ activityId: upcoming.id, memberId: members[3].memberId, status: "CANCELLED" });
  const startsAt = new Date(Date.now() - 3 * DAY);
  const past = await createActivity(world, {
    startsAt,
    endsAt: new Date(startsAt.getTime() + 7_200_000),
    signupDeadline: startsAt,
  });
  await createRecord({ activity: past, memberId: members[0].memberId });
  await createRecord({ activity: past, memberId: members[1].memberId });
  await createRecord({ activity: past, memberId: members[2].memberId, status: "NO_SHOW" });
  await createRecord({ activity: past, memberId: members[3].memberId, status: "CHECKED_IN" });
  return { members, upcoming, quiet, past };
}

describe("counts on lists", () => {
  it("activities: waitlisted sign-ups and confirmed records of each listed activity only", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const { upcoming, quiet, past } = await withActivities(world);
    await withActivities(other);

    const { activities } = await listCommunityActivities({ actor: world.secretary, input: { tab: "upcoming" } });
    expect(activities.map((a) => [a.id, a._count])).toEqual([
      [upcoming.id, { signups: 2, records: 0 }],
      [quiet.id, { signups: 0, records: 0 }],
    ]);
    const done = await listCommunityActivities({ actor: world.secretary, input: { tab: "past" } });
    expect(done.activities.map((a) => [a.id, a._count])).toEqual([[past.id, { signups: 0, records: 2 }]]);
  });

  it("teams: members (not applicants) and activities of each team", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const [leader, joined, applicant] = await createMemberActors(world, 3);
    const team = await createTeam({ communityId: world.community.id, leaderMemberId: leader.memberId, name: "巡逻队" });
    const empty = await createTeam({ communityId: world.community.id, leaderMemberId: joined.memberId, name: "助学队" });
    await db().teamMembership.createMany({
      data: [
        { teamId: team.id, memberId: joined.memberId, communityId: world.community.id, status: "MEMBER" },
        { teamId: team.id, memberId: applicant.memberId, communityId: world.community.id, status: "APPLIED" },
      ],
    });
    await db().activity.update({ where: { id: (await createActivity(world)).id }, data: { teamId: team.id } });
    const [otherLeader] = await createMemberActors(other, 1);
    await createTeam({ communityId: other.community.id, leaderMemberId: otherLeader.memberId });

    const teams = await listTeams({ actor: world.secretary });
    expect(Object.fromEntries(teams.map((t) => [t.id, t._count]))).toEqual({
      [empty.id]: { memberships: 1, activities: 0 },
      [team.id]: { memberships: 2, activities: 1 },
    });
    const own = await listMemberTeams({ actor: applicant });
    expect(Object.fromEntries(own.map((t) => [t.id, [t._count.memberships, t.standing?.status ?? null]]))).toEqual({
      [empty.id]: [1, null],
      [team.id]: [2, "APPLIED"],
    });
  });

  it("council: invitations and opinions of each consultation", async () => {
    const world = await createStreetWorld();
    const [councillor, second] = await createMemberActors(world, 2);
    await createCouncilSeat({ communityId: world.community.id, memberId: councillor.memberId });
    await createCouncilSeat({ communityId: world.community.id, memberId: second.memberId });
    const input = { background: "居民提出", links: [], options: ["同意", "不同意"] };
    const open = await createConsultation({ actor: world.secretary, input: { ...input, title: "加装电梯" } });
    const draft = await createConsultation({ actor: world.secretary, input: { ...input, title: "停车位" } });
    const deadline = parseLocalDateTime(`${localDay(new Date(Date.now() + 2 * DAY))}T18:00`)!;
    await openConsultation({ actor: world.secretary, input: { id: open.id, deadline, openToAll: false } });
    await giveOpinion({ actor: councillor, input: { id: open.id, option: 0, reasons: "方便老人" } });

    const { consultations } = await listCouncil({ actor: world.secretary });
    expect(consultations.map((c) => [c.id, c._count])).toEqual([
      [draft.id, { opinions: 0, invitations: 0 }],
      [open.id, { opinions: 1, invitations: 2 }],
    ]);
  });

  it("work units: active employees of each unit on the street's page", async () => {
    const world = await createStreetWorld();
    const other = await createStreetWorld();
    const unit = await createWorkUnit({ streetId: world.street.id, name: "甲单位" });
    const idle = await createWorkUnit({ streetId: world.street.id, name: "乙单位" });
    const employee = { communityId: world.community.id, employerUnitId: unit.id };
    await createMember(employee);
    await createMember(employee);
    await createMember({ ...employee, status: "PENDING" });
    await createMember({ communityId: other.community.id, employerUnitId: unit.id });

    const { units } = await listWorkUnits({ actor: world.admin });
    expect(units.map((u) => [u.id, u._count.employees])).toEqual([
      [unit.id, 3],
      [idle.id, 0],
    ]);
  });
});
