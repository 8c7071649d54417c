// Demo data for a first `npm start` (or `npm run db:seed`): one street, three communities with
// grids and buildings, twelve work units, ~150 members, and one account per role.
import { db, type Prisma } from "../lib/db.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.mjs";
import { currentYear, startOfLocalDay } from "../lib/time.ts";
import { seedActivities } from "./seed-activities.ts";
import { seedMenu } from "./seed-menu.ts";
import { seedNeeds } from "./seed-needs.ts";
import { createBuilding, createCommunity, createGrid, createStreet, createUser, createWorkUnit } from "./factories.ts";
import {
  COMMUNITIES,
  GIVEN_NAMES,
  GRID_NAMES,
  INTERESTS,
  POSITIONS,
  SKILLS,
  STREET_NAME,
  SURNAMES,
  UNREGISTERED_EMPLOYERS,
  WORK_UNITS,
  random,
} from "./seed-data.ts";

const MEMBERS_PER_COMMUNITY = [60, 50, 40];
const AVAILABILITY = ["WEEKDAY_DAY", "WEEKDAY_EVENING", "WEEKEND"];

async function main() {
  const prisma = db();
  if (await prisma.organization.findFirst({ where: { kind: "STREET" } })) {
    console.log("seed: a street already exists; nothing to do");
    return;
  }
  const rand = random(20261126);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
  ];

  const street = await createStreet(STREET_NAME);
  const units = [];
  for (const unit of WORK_UNITS) units.push(await createWorkUnit({ streetId: street.id, ...unit }));

  const communities = [];
  for (const spec of COMMUNITIES) {
    const community = await createCommunity({ streetId: street.id, name: spec.name });
    const buildings = [];
    for (const [i, buildingNames] of spec.grids.entries()) {
      const grid = await createGrid({ community, name: GRID_NAMES[i] });
      for (const name of buildingNames) buildings.push(await createBuilding({ grid, name }));
    }
    communities.push({ community, buildings });
  }

  const accounts = Object.fromEntries(
    await Promise.all(
      DEMO_ACCOUNTS.map(
        async (a) => [a.key, await createUser({ phone: a.phone, name: a.name, password: DEMO_PASSWORD })] as const,
      ),
    ),
  );
  const [east, osmanthus] = communities;
  // a unit that registered itself and waits for the street to verify it (docs/decisions/060);
  // members typed its name as free text, so verifying it suggests links for the secretary
  const pendingUnit = await createWorkUnit({
    streetId: street.id,
    name: UNREGISTERED_EMPLOYERS[3].name,
    partyBranchName: UNREGISTERED_EMPLOYERS[3].branch,
    contactName: "吴经理",
    contactPhone: "13700000099",
    address: "物流园区 6 号",
    verified: false,
  });
  await prisma.unitReport.create({
    data: {
      unitId: pendingUnit.id,
      communityId: east.community.id,
      offerPeople: "周末可派 5 名志愿者",
      offerSkills: ["驾驶"],
      contactName: "吴经理",
      contactPhone: "13700000099",
    },
  });
  await prisma.roleGrant.createMany({
    data: [
      { userId: accounts.admin.id, role: "ADMIN", organizationId: street.id },
      { userId: accounts.secretary.id, role: "SECRETARY", organizationId: east.community.id },
      { userId: accounts.member.id, role: "MEMBER", organizationId: east.community.id },
      { userId: accounts.unitAdmin.id, role: "UNIT_ADMIN", organizationId: units[0].id },
      // a unit's party secretary is also an in-service member where she lives
      { userId: accounts.unitAdmin.id, role: "MEMBER", organizationId: osmanthus.community.id },
    ],
  });

  const usedPhones = new Set(DEMO_ACCOUNTS.map((a) => a.phone));
  const phone = () => {
    for (;;) {
      const candidate = `1${pick(["35", "36", "37", "38", "39", "50", "51", "58", "59", "86", "87", "88"])}${Math.floor(
        rand() * 1e8,
      )
        .toString()
        .padStart(8, "0")}`;
      if (!usedPhones.has(candidate)) {
        usedPhones.add(candidate);
        return candidate;
      }
    }
  };
  const year = currentYear();
  const rows: Prisma.MemberCreateManyInput[] = [];
  for (const [index, { community, buildings }] of communities.entries()) {
    for (let i = 0; i < MEMBERS_PER_COMMUNITY[index]; i++) {
      const building = pick(buildings);
      const roll = rand();
      const status = roll < 0.84 ? "ACTIVE" : roll < 0.93 ? "PENDING" : roll < 0.97 ? "REJECTED" : "MOVED_OUT";
      const kind = rand() < 0.8 ? "IN_SERVICE" : rand() < 0.6 ? "RETIRED" : "RESIDENT";
      const registered = rand() < 0.8;
      const reportedAt = new Date(
        year - (rand() < 0.5 ? 1 : 0),
        Math.floor(rand() * 10),
        1 + Math.floor(rand() * 27),
        9 + Math.floor(rand() * 9),
      );
      const verifiedAt = status === "ACTIVE" || status === "MOVED_OUT" ? new Date(reportedAt.getTime() + 3 * 86_400_000) : null;
      // a registered employer is a confirmed link from the member's verification on, or (for those not
      // yet verified, and a few others) a suggested match waiting for the secretary
      const employer =
        kind === "IN_SERVICE"
          ? registered
            ? (() => {
                const unit = pick(units);
                return verifiedAt && rand() < 0.9
                  ? { employerUnitId: unit.id, employerLinkedAt: verifiedAt }
                  : { suggestedUnitId: unit.id, employerName: unit.name, employerBranch: unit.partyBranchName };
              })()
            : (() => {
                const e = pick(UNREGISTERED_EMPLOYERS);
                return { employerName: e.name, employerBranch: e.branch };
              })()
          : {};
      rows.push({
        communityId: community.id,
        gridId: building.parentId,
        buildingId: building.id,
        room: `${1 + Math.floor(rand() * 18)}0${1 + Math.floor(rand() * 4)}`,
        name: pick(SURNAMES) + pick(GIVEN_NAMES),
        gender: rand() < 0.5 ? ("MALE" as const) : ("FEMALE" as const),
        phone: phone(),
        kind: kind as "IN_SERVICE" | "RETIRED" | "RESIDENT",
        status: status as "ACTIVE" | "PENDING" | "REJECTED" | "MOVED_OUT",
        rejectReason: status === "REJECTED" ? "楼栋与房号不符，请核对后重新提交" : null,
        position: kind === "IN_SERVICE" ? pick(POSITIONS) : null,
        skills: some(SKILLS, 3),
        interests: some(INTERESTS, 3),
        availability: some(AVAILABILITY, 2),
        willingness: "愿意利用业余时间为社区服务",
        reportedAt,
        verifiedAt,
        movedOutAt: status === "MOVED_OUT" ? new Date(reportedAt.getTime() + 120 * 86_400_000) : null,
        isCenterHousehold: rand() < 0.06,
        isCouncilMember: rand() < 0.06,
        isBuildingLeader: rand() < 0.08,
        consentAt: reportedAt,
        consentVersion: "2026-01",
        ...employer,
      });
    }
  }
  // the demo member and the unit admin have their own roster entries
  const eastBuilding = east.buildings[0];
  rows.push({
    ...rows[0],
    communityId: east.community.id,
    gridId: eastBuilding.parentId,
    buildingId: eastBuilding.id,
    room: "502",
    name: accounts.member.name,
    phone: accounts.member.phone,
    gender: "MALE",
    status: "ACTIVE",
    kind: "IN_SERVICE",
    rejectReason: null,
    movedOutAt: null,
    employerUnitId: units[0].id,
    employerLinkedAt: new Date(currentYear() - 1, 0, 1),
    suggestedUnitId: null,
    employerName: null,
    employerBranch: null,
    position: "医生",
    skills: ["医疗保健", "急救培训"],
    verifiedAt: new Date(),
  });
  const osmanthusBuilding = osmanthus.buildings[0];
  rows.push({
    ...rows[1],
    communityId: osmanthus.community.id,
    gridId: osmanthusBuilding.parentId,
    buildingId: osmanthusBuilding.id,
    room: "301",
    name: accounts.unitAdmin.name,
    phone: accounts.unitAdmin.phone,
    gender: "FEMALE",
    status: "ACTIVE",
    kind: "IN_SERVICE",
    rejectReason: null,
    movedOutAt: null,
    employerUnitId: units[0].id,
    employerLinkedAt: new Date(currentYear() - 1, 0, 1),
    suggestedUnitId: null,
    employerName: null,
    employerBranch: null,
    position: "护士长",
    skills: ["医疗保健", "急救培训"],
    verifiedAt: new Date(),
  });
  await prisma.member.createMany({ data: rows });
  await prisma.member.updateMany({ where: { phone: accounts.member.phone }, data: { userId: accounts.member.id } });
  await prisma.member.updateMany({ where: { phone: accounts.unitAdmin.phone }, data: { userId: accounts.unitAdmin.id } });
  await seedMenu({ communityIds: communities.map((c) => c.community.id), year: currentYear() });
  const demoMember = await prisma.member.findFirstOrThrow({ where: { phone: accounts.member.phone } });
  const activityCount = await seedActivities({
    communityIds: communities.map((c) => c.community.id),
    secretaryId: accounts.secretary.id,
    // the demo member signs up in the browser tests, so no upcoming sign-ups are made for them
    excludeFromUpcoming: [demoMember.id],
    regulars: [demoMember.id],
  });
  console.log(`seed: ${activityCount} activities`);
  const needClaimants = await prisma.member.findMany({
    where: { communityId: east.community.id, status: "ACTIVE", userId: null },
    orderBy: { phone: "asc" },
    take: 4,
    select: { id: true },
  });
  const needCount = await seedNeeds({
    community: east.community,
    buildings: east.buildings,
    unit: units[0],
    unitContact: { name: accounts.unitAdmin.name, phone: accounts.unitAdmin.phone },
    claimants: needClaimants.map((m) => m.id),
    secretaryId: accounts.secretary.id,
  });
  console.log(`seed: ${needCount} needs`);
  // a rating rule sized to the demo's few months of activity, ready to compute
  await prisma.starRatingRound.createMany({
    data: communities.map(({ community }) => ({
      communityId: community.id,
      year: currentYear(),
      thresholds: [5, 10, 15, 20, 30],
      standardText: "按全年服务积分评定：一星 5 分、二星 10 分、三星 15 分、四星 20 分、五星 30 分；三星及以上党员上荣誉榜。",
    })),
  });
  // one 党员中心户 per building (the plaque names one household)
  await prisma.$executeRaw`
    UPDATE "Member" m SET "isCenterHousehold" = false
    WHERE m."isCenterHousehold" AND EXISTS (
      SELECT 1 FROM "Member" o
      WHERE o."buildingId" = m."buildingId" AND o."isCenterHousehold" AND o.status = 'ACTIVE' AND o.id < m.id)`;
  // a re-report (重新报到) open in the demo community: a week in, three weeks to go; four in ten have confirmed
  const today = startOfLocalDay(new Date());
  const reReportWindow = await prisma.reReportWindow.create({
    data: {
      communityId: east.community.id,
      opensAt: new Date(today.getTime() - 7 * 86_400_000),
      closesAt: new Date(today.getTime() + 22 * 86_400_000),
      createdById: accounts.secretary.id,
    },
  });
  const confirmers = await prisma.member.findMany({
    where: { communityId: east.community.id, status: "ACTIVE", id: { not: demoMember.id } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await prisma.reReport.createMany({
    data: confirmers
      .filter((_, i) => i % 5 < 2)
      .map((m, i) => ({
        windowId: reReportWindow.id,
        memberId: m.id,
        communityId: east.community.id,
        how: i % 4 === 0 ? "EDITED" : "CONFIRMED",
        confirmedAt: new Date(today.getTime() - (i % 7) * 86_400_000),
      })),
  });
  await prisma.reward.createMany({
    data: communities.flatMap(({ community }) => [
      { communityId: community.id, name: "理发服务券", description: "社区理发室使用一次", pointsPrice: 10, stock: 20 },
      { communityId: community.id, name: "家政服务 1 小时", description: "由社区合作家政公司提供", pointsPrice: 30, stock: 10 },
      { communityId: community.id, name: "党员服务纪念毛巾", pointsPrice: 5, stock: 50 },
      { communityId: community.id, name: "社区食堂餐券", description: "可在社区老年食堂使用", pointsPrice: 8, stock: 40 },
    ]),
  });
  console.log(
    `seed: ${communities.length} communities, ${units.length} work units, ${rows.length} members, ${DEMO_ACCOUNTS.length} accounts`,
  );
}

main()
  .then(() => db().$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db().$disconnect();
    process.exit(1);
  });
