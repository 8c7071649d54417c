// The demo's council (议事团) and volunteer team (志愿服务队) in the secretary's community: five
// sitting council members (the demo member among them) and one consultation decided, turned into a
// menu item and published; a patrol team led by the demo member, with a started activity waiting
// for its attendance to be confirmed. Deterministic.
import { db } from "../lib/db.ts";
import { currentYear, localMidnight, localDateParts } from "../lib/time.ts";
import { createActivity } from "./factories.ts";

const DAY = 86_400_000;

export async function seedCouncilAndTeams(options: { communityId: string; demoMemberId: string; secretaryId: string }) {
  const prisma = db();
  const { communityId, demoMemberId, secretaryId } = options;
  const others = await prisma.member.findMany({
    where: { communityId, status: "ACTIVE", id: { not: demoMemberId } },
    orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    take: 12,
    select: { id: true },
  });
  const councillors = [demoMemberId, ...others.slice(0, 4).map((m) => m.id)];
  const today = localDateParts(new Date());
  // a three-year term that began this January
  const startsOn = localMidnight(today.year, 0, 1);
  const endsOn = localMidnight(today.year + 3, 0, 1);
  // the roster's council flag follows the seats (docs/decisions/083)
  await prisma.member.updateMany({ where: { isCouncilMember: true }, data: { isCouncilMember: false } });
  await prisma.member.updateMany({ where: { id: { in: councillors } }, data: { isCouncilMember: true } });
  await prisma.councilSeat.createMany({
    data: councillors.map((memberId) => ({ communityId, memberId, startsOn, endsOn, createdById: secretaryId })),
  });

  const advice = await prisma.serviceCategory.findFirstOrThrow({ where: { code: "ADVICE" } });
  const item = await prisma.serviceItem.create({
    data: {
      communityId,
      year: currentYear(),
      categoryId: advice.id,
      title: "楼道电动车充电安全巡查",
      description: "议事团建议：每月一次巡查楼道私拉电线、电动车进楼充电，发现问题当场劝导并报物业。",
      skillsWanted: [],
    },
  });
  const openedAt = new Date(Date.now() - 40 * DAY);
  const consultation = await prisma.consultation.create({
    data: {
      communityId,
      title: "如何治理电动车进楼道充电",
      background:
        "近期多个楼栋出现电动车推进楼道、从窗口私拉电线充电的情况，存在火灾隐患。物业已加装充电桩 40 个，但使用率不高。请议事团成员就治理办法发表意见。",
      links: [],
      options: ["党员每月巡查劝导，配合物业", "只靠物业张贴通知", "需要进一步讨论"],
      status: "PUBLISHED",
      deadline: new Date(openedAt.getTime() + 10 * DAY),
      openedAt,
      meetingAt: new Date(openedAt.getTime() + 12 * DAY),
      meetingMinutes:
        "议事会议由社区书记主持。与会成员认为单靠通知效果有限，建议组织在职党员每月巡查劝导，并请物业公布充电桩收费标准。",
      outcome: "ADOPTED",
      decisionReason: "多数成员支持党员巡查劝导，社区采纳，纳入本年度服务菜单。",
      decidedAt: new Date(openedAt.getTime() + 13 * DAY),
      publishedAt: new Date(openedAt.getTime() + 14 * DAY),
      serviceItemId: item.id,
      createdById: secretaryId,
    },
  });
  await prisma.consultationInvitation.createMany({
    data: councillors.map((memberId, i) => ({ consultationId: consultation.id, memberId, attended: i !== 4 })),
  });
  const reasons = ["党员带头，居民更容易接受", "物业人手不够，需要党员配合", "充电桩要先降价", "可以先在两栋楼试点"];
  await prisma.consultationOpinion.createMany({
    data: councillors.slice(0, 4).map((memberId, i) => ({
      consultationId: consultation.id,
      memberId,
      communityId,
      option: i === 2 ? 2 : 0,
      reasons: reasons[i],
    })),
  });

  // the patrol team, led by the demo member, with three core members
  const team = await prisma.volunteerTeam.create({
    data: { communityId, name: "平安巡逻队", description: "每周两次夜间巡逻，守护小区平安。", leaderMemberId: demoMemberId },
  });
  const teamMembers = others.slice(4, 8).map((m) => m.id);
  await prisma.teamMembership.createMany({
    data: [
      { teamId: team.id, memberId: demoMemberId, communityId, status: "MEMBER", isCore: true, decidedAt: startsOn },
      ...teamMembers.map((memberId, i) => ({
        teamId: team.id,
        memberId,
        communityId,
        status: "MEMBER" as const,
        isCore: i < 2,
        decidedAt: startsOn,
      })),
      { teamId: team.id, memberId: others[8].id, communityId, status: "APPLIED" as const },
    ],
  });
  // a patrol that began an hour ago: its attendance is waiting for the leader
  const security = await prisma.serviceCategory.findFirstOrThrow({ where: { code: "SECURITY" } });
  const startsAt = new Date(Date.now() - 3_600_000);
  const patrol = await createActivity({
    communityId,
    categoryId: security.id,
    title: "平安巡逻队夜间巡逻",
    place: "社区警务室集合",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    signupDeadline: new Date(startsAt.getTime() - 12 * 3_600_000),
    capacity: 10,
    points: 6,
    hours: 2,
    createdById: secretaryId,
    publishedAt: new Date(startsAt.getTime() - 5 * DAY),
    teamId: team.id,
  });
  await prisma.signup.createMany({
    data: teamMembers.map((memberId) => ({ activityId: patrol.id, memberId, status: "CONFIRMED" as const })),
  });
  await prisma.activity.update({ where: { id: patrol.id }, data: { confirmedCount: teamMembers.length } });
  return { councillors: councillors.length, teams: 1 };
}
