// Demo needs (issue 9) in 东湖社区: a few open, claimed and completed ones, and one on 东湖区人民医院's
// task list for this month, so the triage queue, the members' board, the unit portal and the figures
// have something to show on a first `npm start`.
import { db } from "../lib/db.ts";
import { taskMonthDate } from "../lib/needs/unit-schema.ts";
import { createNeedClaimRow, createNeedRow } from "./need-factories.ts";

const DAY = 86_400_000;

export async function seedNeeds(options: {
  community: { id: string; streetId: string | null };
  buildings: { id: string; parentId: string | null; name: string }[];
  /** the co-building unit the needs are dispatched to (its report to the community is accepted here) */
  unit: { id: string };
  unitContact: { name: string; phone: string };
  /** the members who claimed the demo's claimed and completed needs (not the demo member: the e2e claims) */
  claimants: string[];
  secretaryId: string;
  now?: Date;
}) {
  const { community, buildings, unit, claimants } = options;
  const now = options.now ?? new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const at = (i: number) => ({
    buildingId: buildings[i % buildings.length].id,
    gridId: buildings[i % buildings.length].parentId,
  });

  await db().unitReport.upsert({
    where: { unitId_communityId: { unitId: unit.id, communityId: community.id } },
    create: {
      unitId: unit.id,
      communityId: community.id,
      status: "ACCEPTED",
      offerPeople: "每月可派医护志愿者 6 名",
      offerServices: "每月一次义诊进社区；行动不便老人上门测血压",
      offerGoods: "轮椅 2 台可借用",
      offerSkills: ["义诊", "急救培训"],
      contactName: options.unitContact.name,
      contactPhone: options.unitContact.phone,
      decidedById: options.secretaryId,
      decidedAt: ago(60),
    },
    update: { status: "ACCEPTED", offerServices: "每月一次义诊进社区；行动不便老人上门测血压", offerGoods: "轮椅 2 台可借用" },
  });

  // open: waiting for triage, and on the members' board
  await createNeedRow({
    community,
    ...at(0),
    kind: "WISH",
    category: "AID",
    content: "独居老人想要一台收音机听戏",
    residentName: "刘桂兰",
    residentPhone: "13700000101",
    room: "1-302",
    createdAt: ago(1),
  });
  await createNeedRow({
    community,
    ...at(1),
    kind: "PROBLEM",
    category: "ENVIRONMENT",
    content: "楼道灯坏了两周，晚上上下楼不安全",
    residentName: "陈建国",
    residentPhone: "13700000102",
    room: "2-101",
    createdAt: ago(2),
  });
  await createNeedRow({
    community,
    ...at(2),
    kind: "SERVICE",
    category: "AID",
    content: "周六上午需要有人帮忙辅导孩子数学作业",
    residentName: "赵敏",
    residentPhone: "13700000103",
    room: "3-601",
    status: "PUBLISHED",
    createdAt: ago(4),
    publishedAt: ago(3),
  });
  // claimed, and done waiting for the resident
  const claimed = await createNeedRow({
    community,
    ...at(0),
    kind: "SERVICE",
    category: "AID",
    content: "腿脚不便，需要有人陪同去医院复诊",
    residentName: "王秀英",
    residentPhone: "13700000104",
    room: "1-202",
    status: "CLAIMED",
    claimedCount: 1,
    createdAt: ago(6),
    publishedAt: ago(5),
    firstClaimedAt: ago(4),
  });
  if (claimants[0]) await createNeedClaimRow({ need: claimed, memberId: claimants[0], claimedAt: ago(4) });
  const done = await createNeedRow({
    community,
    ...at(1),
    kind: "WISH",
    category: "AID",
    content: "孙子想要一套课外读物",
    residentName: "李淑珍",
    residentPhone: "13700000105",
    room: "2-402",
    status: "DONE",
    claimedCount: 1,
    createdAt: ago(12),
    publishedAt: ago(11),
    firstClaimedAt: ago(10),
    doneAt: ago(2),
  });
  if (claimants[1])
    await createNeedClaimRow({ need: done, memberId: claimants[1], status: "DONE", claimedAt: ago(10), doneAt: ago(2) });
  // completed and confirmed with a rating
  for (const [i, spec] of [
    { content: "帮忙更换厨房水龙头", category: "ENVIRONMENT", rating: 5, days: 30 },
    { content: "教老人用手机挂号", category: "AID", rating: 4, days: 20 },
  ].entries()) {
    const need = await createNeedRow({
      community,
      ...at(i + 2),
      kind: "SERVICE",
      category: spec.category,
      content: spec.content,
      residentName: i ? "周大爷" : "孙阿姨",
      residentPhone: `1370000011${i}`,
      status: "CONFIRMED",
      claimedCount: 1,
      createdAt: ago(spec.days),
      publishedAt: ago(spec.days - 1),
      firstClaimedAt: ago(spec.days - 2),
      doneAt: ago(spec.days - 4),
      confirmedAt: ago(spec.days - 5),
      rating: spec.rating,
    });
    const claimant = claimants[i + 2];
    if (claimant) {
      await createNeedClaimRow({
        need,
        memberId: claimant,
        status: "DONE",
        claimedAt: ago(spec.days - 2),
        doneAt: ago(spec.days - 4),
      });
    }
  }
  // on 东湖区人民医院's task list for this month, waiting for the unit to assign its members
  const month = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
  const dispatched = await createNeedRow({
    community,
    ...at(3),
    kind: "SERVICE",
    category: "AID",
    content: "卧床老人需要上门测量血压、指导用药",
    residentName: "黄奶奶",
    residentPhone: "13700000120",
    room: "4-102",
    status: "DISPATCHED",
    unitId: unit.id,
    taskMonth: taskMonthDate(month),
    createdAt: ago(3),
  });
  await db().needEvent.create({
    data: { needId: dispatched.id, kind: "dispatched", actorId: options.secretaryId, params: { month } },
  });
  return 8;
}
