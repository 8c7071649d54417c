import { describe, expect, it } from "vitest";
import { cancelActivity } from "@/lib/activities/cancel-activity";
import { createActivity as createActivityUseCase } from "@/lib/activities/create-activity";
import { getCommunityActivity } from "@/lib/activities/get-community-activity";
import { listCommunityActivities } from "@/lib/activities/list-community-activities";
import { publishActivity } from "@/lib/activities/publish-activity";
import { updateActivity } from "@/lib/activities/update-activity";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { applyToTeam } from "@/lib/teams/apply-to-team";
import { createTeam } from "@/lib/teams/create-team";
import { decideMembership } from "@/lib/teams/decide-membership";
import { getLedTeam } from "@/lib/teams/get-led-team";
import { listTeamChoices } from "@/lib/teams/list-team-choices";
import { listTeamFigures } from "@/lib/teams/list-team-figures";
import { localYear } from "@/lib/time";
import { categoryIdOf, createSignup, createTeam as createTeamRow } from "@/prisma/factories";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

const HOUR = 3_600_000;

/** A community with two teams (A led by `leader`, B by `otherLeader`) and a plain member. */
async function teamWorld() {
  const world = await createStreetWorld();
  const [leader, otherLeader, member] = await createMemberActors(world, 3);
  const teamA = await createTeamRow({
    communityId: world.community.id,
    leaderMemberId: leader.memberId,
    name: `巡逻队${Date.now()}`,
  });
  const teamB = await createTeamRow({
    communityId: world.community.id,
    leaderMemberId: otherLeader.memberId,
    name: `助学队${Date.now()}`,
  });
  return { world, leader, otherLeader, member, teamA, teamB };
}

async function draftInput(teamId?: string) {
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  return {
    title: "夜间平安巡逻",
    place: "警务室",
    categoryId: await categoryIdOf("SECURITY"),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    signupDeadline: new Date(startsAt.getTime() - HOUR),
    capacity: 10,
    points: 5,
    hours: 2,
    teamId,
  };
}

describe("volunteer teams", () => {
  it("the secretary sets up a team with a leader; a member applies and the leader accepts as core member", async () => {
    const world = await createStreetWorld();
    const [leader, member] = await createMemberActors(world, 2);
    const { id: teamId } = await createTeam({
      actor: world.secretary,
      input: { name: "环境整治队", leaderMemberId: leader.memberId },
    });
    const { id } = await applyToTeam({ actor: member, input: { teamId } });
    await expect(applyToTeam({ actor: member, input: { teamId } })).rejects.toMatchObject({ messageKey: "teams.alreadyApplied" });
    await decideMembership({ actor: leader, input: { id, accept: true, core: true } });
    expect(await db().teamMembership.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "MEMBER", isCore: true });
    const { figures } = await getLedTeam({ actor: leader, input: { teamId } });
    expect(figures.members).toBe(2);
  });

  it("only the team's own leader decides its applications", async () => {
    const { otherLeader, member, teamA } = await teamWorld();
    const { id } = await applyToTeam({ actor: member, input: { teamId: teamA.id } });
    await expect(decideMembership({ actor: otherLeader, input: { id, accept: true, core: false } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(decideMembership({ actor: member, input: { id, accept: true, core: false } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await db().teamMembership.findUniqueOrThrow({ where: { id } })).status).toBe("APPLIED");
  });
});

describe("a team leader's delegated activities", () => {
  it("drafts, publishes and confirms attendance for their own team's activity, with the secretary's rules", async () => {
    const { world, leader, member, teamA } = await teamWorld();
    const { id } = await createActivityUseCase({ actor: leader, input: await draftInput(teamA.id) });
    await publishActivity({ actor: leader, input: { id } });
    expect(await db().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", teamId: teamA.id });
    // a started activity of the team: confirm attendance (points credited as for the secretary)
    const started = await createActivity(world, {
      startsAt: new Date(Date.now() - HOUR),
      signupDeadline: new Date(Date.now() - 2 * HOUR),
    });
    await db().activity.update({ where: { id: started.id }, data: { teamId: teamA.id } });
    await createSignup({ activityId: started.id, memberId: member.memberId });
    await confirmAttendance({
      actor: leader,
      input: { activityId: started.id, attended: [member.memberId], signedUp: [member.memberId] },
    });
    expect(await db().pointsEntry.count({ where: { memberId: member.memberId, activityId: started.id } })).toBe(1);
    const { figures } = await getLedTeam({ actor: leader, input: { teamId: teamA.id } });
    expect(figures).toMatchObject({ attendances: 1, hours: 2 });
    // the community dashboard by team
    const byTeam = await listTeamFigures({ actor: world.secretary, input: { year: localYear(started.startsAt) } });
    expect(byTeam.find((t) => t.id === teamA.id)).toMatchObject({ members: 1, attendances: 1, hours: 2 });
  });

  it("must choose their team: no activity without a team, none for another team", async () => {
    const { leader, teamB } = await teamWorld();
    await expect(createActivityUseCase({ actor: leader, input: await draftInput() })).rejects.toMatchObject({
      fieldErrors: { teamId: "teams.chooseTeam" },
    });
    await expect(createActivityUseCase({ actor: leader, input: await draftInput(teamB.id) })).rejects.toMatchObject({
      fieldErrors: { teamId: "teams.badTeam" },
    });
    expect(await db().activity.count({ where: { teamId: teamB.id } })).toBe(0);
  });

  it("cannot touch another team's or the community's own activities: not found", async () => {
    const { world, leader, member, teamB } = await teamWorld();
    const ofB = await createActivity(world, { status: "DRAFT" });
    await db().activity.update({ where: { id: ofB.id }, data: { teamId: teamB.id } });
    const ofCommunity = await createActivity(world, { status: "DRAFT" });
    for (const id of [ofB.id, ofCommunity.id]) {
      await expect(publishActivity({ actor: leader, input: { id } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(cancelActivity({ actor: leader, input: { id, reason: "x" } })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateActivity({ actor: leader, input: { ...(await draftInput()), id } })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(getCommunityActivity({ actor: leader, input: { id } })).rejects.toBeInstanceOf(NotFoundError);
    }
    const startedB = await createActivity(world, {
      startsAt: new Date(Date.now() - HOUR),
      signupDeadline: new Date(Date.now() - 2 * HOUR),
    });
    await db().activity.update({ where: { id: startedB.id }, data: { teamId: teamB.id } });
    await createSignup({ activityId: startedB.id, memberId: member.memberId });
    await expect(
      confirmAttendance({
        actor: leader,
        input: { activityId: startedB.id, attended: [member.memberId], signedUp: [member.memberId] },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().activityRecord.count({ where: { activityId: startedB.id } })).toBe(0);
    expect(await db().activity.count({ where: { id: { in: [ofB.id, ofCommunity.id] }, status: "DRAFT" } })).toBe(2);
    const { activities } = await listCommunityActivities({ actor: leader, input: { tab: "drafts" } });
    expect(activities).toEqual([]);
  });

  it("cannot touch anything outside the community (not found), and a member who leads no team is refused", async () => {
    const { leader, member, teamA } = await teamWorld();
    const other = await createStreetWorld();
    const elsewhere = await createActivity(other, { status: "DRAFT" });
    await db().activity.update({ where: { id: elsewhere.id }, data: { teamId: teamA.id } });
    await expect(publishActivity({ actor: leader, input: { id: elsewhere.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCommunityActivity({ actor: leader, input: { id: elsewhere.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishActivity({ actor: member, input: { id: elsewhere.id } })).rejects.toBeInstanceOf(ForbiddenError);
    const [otherLeader] = await createMemberActors(other, 1);
    await createTeamRow({ communityId: other.community.id, leaderMemberId: otherLeader.memberId });
    await expect(getLedTeam({ actor: otherLeader, input: { teamId: teamA.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLedTeam({ actor: leader, input: { teamId: "not-a-uuid" } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().activity.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("DRAFT");
  });

  it("the secretary filters the community's activities by team", async () => {
    const { world, leader, teamA, teamB } = await teamWorld();
    await createActivityUseCase({ actor: leader, input: await draftInput(teamA.id) });
    await createActivityUseCase({ actor: world.secretary, input: await draftInput(teamB.id) });
    await createActivityUseCase({ actor: world.secretary, input: await draftInput() });
    const all = await listCommunityActivities({ actor: world.secretary, input: { tab: "drafts" } });
    const ofA = await listCommunityActivities({ actor: world.secretary, input: { tab: "drafts", teamId: teamA.id } });
    expect(all.total).toBe(3);
    expect(ofA.activities.map((a) => a.team?.id)).toEqual([teamA.id]);
    // the filter's choices: the community's teams that are not archived, and no other community's
    await db().volunteerTeam.update({ where: { id: teamB.id }, data: { archivedAt: new Date() } });
    const other = await teamWorld();
    const choices = await listTeamChoices({ actor: world.secretary });
    expect(choices).toEqual([{ id: teamA.id, name: teamA.name }]);
    await expect(listTeamChoices({ actor: leader })).rejects.toBeInstanceOf(ForbiddenError);
    expect(choices.map((c) => c.id)).not.toContain(other.teamA.id);
  });
});
