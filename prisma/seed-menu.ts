// Demo service menus (菜单式服务) with pledges and a member's own proposal. Deterministic: the same
// communities and year always give the same menu, whatever the machine.
import { db, type Prisma } from "../lib/db.ts";
import { DEMO_ACCOUNTS } from "./demo-accounts.mjs";
import { createServiceItem } from "./factories.ts";
import { random } from "./seed-data.ts";

type CatalogItem = {
  title: string;
  category: string;
  description: string;
  skills: string[];
  time: string;
  positions: number | null;
};

/** Items every demo community has on its menu. */
const CORE: CatalogItem[] = [
  {
    title: "楼道清洁",
    category: "ENVIRONMENT",
    description: "清理楼道杂物、小广告，擦拭扶手和信报箱，保持消防通道畅通。",
    skills: [],
    time: "每周六上午 8:30–10:00",
    positions: 6,
  },
  {
    title: "垃圾分类督导",
    category: "ENVIRONMENT",
    description: "在定时投放点值守，指导居民正确分类投放，做好记录。",
    skills: [],
    time: "工作日晚 18:30–20:00",
    positions: 8,
  },
  {
    title: "文明劝导",
    category: "CIVILITY",
    description: "在小区出入口和广场劝导不文明停车、高空抛物、遛狗不牵绳等行为。",
    skills: [],
    time: "周末上午",
    positions: 6,
  },
  {
    title: "困难家庭帮扶",
    category: "AID",
    description: "与一户困难家庭结对，每月上门走访，了解需求，帮忙办理救助事项。",
    skills: ["法律咨询", "心理疏导"],
    time: "每月一次，时间与家庭商定",
    positions: 5,
  },
  {
    title: "健康义诊",
    category: "AID",
    description: "为社区老人测量血压血糖，提供用药和慢病管理建议。",
    skills: ["医疗保健", "急救培训"],
    time: "每月第三个周日上午",
    positions: 3,
  },
  {
    title: "夜间巡逻",
    category: "SECURITY",
    description: "两人一组在小区内巡逻，检查电动车充电、门禁和消防设施，发现问题及时报告。",
    skills: ["驾驶"],
    time: "每周五、周六晚 19:30–21:30",
    positions: 8,
  },
  {
    title: "政策宣讲",
    category: "PUBLICITY",
    description: "结合本职工作，向居民讲解医保、社保、个税等政策，解答常见问题。",
    skills: ["税务咨询", "财务会计", "写作宣传"],
    time: "每月最后一个周日下午",
    positions: 3,
  },
  {
    title: "暑期托管",
    category: "CULTURE",
    description: "暑假为双职工家庭的小学生提供作业辅导和兴趣活动。",
    skills: ["教育辅导", "书法绘画", "外语翻译"],
    time: "7–8 月工作日白天",
    positions: 6,
  },
  {
    title: "法律咨询",
    category: "ADVICE",
    description: "在党群服务中心坐班，为居民提供婚姻家庭、劳动纠纷、物业纠纷等法律咨询。",
    skills: ["法律咨询"],
    time: "每月第一个周六上午",
    positions: 2,
  },
];

/** Items a community may add on top. */
const EXTRAS: CatalogItem[] = [
  {
    title: "小区绿化养护",
    category: "ENVIRONMENT",
    description: "修剪花木、补种草皮，清理绿化带垃圾。",
    skills: [],
    time: "每月第二个周日上午",
    positions: 5,
  },
  {
    title: "文明养犬宣传",
    category: "CIVILITY",
    description: "发放文明养犬倡议书，提醒居民遛狗牵绳、及时清理。",
    skills: [],
    time: "周末早晚",
    positions: 4,
  },
  {
    title: "独居老人探访",
    category: "AID",
    description: "每周给结对的独居老人打电话或上门，陪聊天、帮买菜、查看安全隐患。",
    skills: ["心理疏导"],
    time: "每周一次，时间自定",
    positions: 8,
  },
  {
    title: "消防安全检查",
    category: "SECURITY",
    description: "检查楼道灭火器、消防栓和电动车违规充电，张贴安全提示。",
    skills: ["水电维修"],
    time: "每季度第一个周六上午",
    positions: 4,
  },
  {
    title: "反诈宣传进楼栋",
    category: "PUBLICITY",
    description: "向老人讲解常见诈骗手法，帮助安装国家反诈中心 App。",
    skills: ["金融知识", "电脑维修"],
    time: "周末下午",
    positions: 4,
  },
  {
    title: "社区文艺演出",
    category: "CULTURE",
    description: "排练和参加节日文艺演出，丰富居民文化生活。",
    skills: ["文艺演出", "摄影摄像"],
    time: "节假日前两周晚上排练",
    positions: 10,
  },
  {
    title: "社区议事会",
    category: "ADVICE",
    description: "参加社区议事会，就停车、加装电梯、物业服务等事项提出意见建议。",
    skills: [],
    time: "每季度一次，工作日晚上",
    positions: null,
  },
];

/** What members propose themselves (自主服务), by community. */
const PROPOSALS = [
  {
    title: "老年人智能手机课堂",
    description: "每月两次在党群服务中心教老人用手机挂号、视频通话、识别诈骗短信。需要社区提供活动室和投影。",
    time: "每月第二、四个周六下午",
  },
  {
    title: "儿童书法兴趣班",
    description: "寒暑假教小学生写毛笔字，笔墨纸砚我自己准备一部分，需要社区提供桌椅。",
    time: "寒暑假周二、周四下午",
  },
  {
    title: "家电义务维修",
    description: "为社区老人和困难家庭免费检修小家电，换灯泡、修水龙头等小活也可以。",
    time: "每月最后一个周六上午",
  },
];

const TIME_PHRASES: Record<string, string[]> = {
  WEEKEND: ["周六上午可以参加", "周日下午有空", "周末两天都可以", "周六全天可以"],
  WEEKDAY_EVENING: ["工作日晚上七点以后可以", "周三、周五晚上有空", "下班后可以参加"],
  WEEKDAY_DAY: ["工作日白天可以参加", "周二、周四白天有空", "白天时间比较灵活"],
};
const EXTRA_PHRASES = ["", "", "，可以带家人一起", "，家里有车可以帮忙运送物资", "，可以负责拍照和记录", "，希望和邻居结对参加"];

/** Pledges and items are dated early in the year, never in the future. */
function dated(year: number, month: number, day: number, minutes: number) {
  const at = new Date(year, month, day, 9, minutes);
  const now = new Date();
  return at > now ? new Date(now.getTime() - 86_400_000 + minutes * 60_000) : at;
}

export async function seedMenu(options: { communityIds: string[]; year: number; previousYear?: boolean }) {
  const prisma = db();
  const categories = await prisma.serviceCategory.findMany({ where: { code: { not: null } }, select: { id: true, code: true } });
  const categoryId = new Map(categories.map((c) => [c.code!, c.id]));
  const demoMemberPhone = DEMO_ACCOUNTS.find((a) => a.key === "member")?.phone;
  let itemCount = 0;
  let pledgeCount = 0;

  for (const [index, communityId] of options.communityIds.entries()) {
    const rand = random(options.year * 100 + index + 17);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
    const extras = EXTRAS.filter(() => rand() < 0.35).slice(0, 3);
    const unused = EXTRAS.filter((e) => !extras.includes(e));
    const menus: { year: number; catalog: CatalogItem[]; closed: Set<string> }[] = [
      { year: options.year, catalog: [...CORE, ...extras], closed: new Set() },
    ];
    if (options.previousYear ?? true) {
      // last year's menu: most core items and two this year does not have, so "copy last year" has work to do
      menus.unshift({
        year: options.year - 1,
        catalog: [...CORE.slice(0, 7), ...unused.slice(0, 2)],
        closed: new Set(unused.slice(1, 2).map((e) => e.title)),
      });
    }

    const members = await prisma.member.findMany({
      where: { communityId, status: "ACTIVE" },
      orderBy: { phone: "asc" },
      select: { id: true, phone: true, skills: true, availability: true },
    });

    for (const menu of menus) {
      const rows: Prisma.ServiceItemCreateManyInput[] = menu.catalog.map((item, i) => ({
        communityId,
        year: menu.year,
        categoryId: categoryId.get(item.category)!,
        title: item.title,
        description: item.description,
        skillsWanted: item.skills,
        typicalTime: item.time,
        positions: item.positions,
        status: menu.closed.has(item.title) ? "CLOSED" : "OPEN",
        createdAt: dated(menu.year, 0, 5, i),
      }));
      await prisma.serviceItem.createMany({ data: rows });
      const items = await prisma.serviceItem.findMany({
        where: { communityId, year: menu.year, status: "OPEN" },
        orderBy: [{ createdAt: "asc" }, { title: "asc" }],
        select: { id: true, title: true, skillsWanted: true },
      });
      itemCount += rows.length;

      // 30–50% of active members pledge 1–3 items, preferring items that want their skills
      const candidates = members.filter((m) => m.phone !== demoMemberPhone);
      for (let i = candidates.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
      }
      const pledgers = new Set(candidates.slice(0, Math.round(members.length * (0.32 + rand() * 0.16))));
      const pledges: Prisma.PledgeCreateManyInput[] = [];
      for (const member of members) {
        if (!pledgers.has(member)) continue;
        const count = 1 + Math.floor(rand() * 3);
        const chosen = new Set<(typeof items)[number]>();
        for (let attempt = 0; chosen.size < count && attempt < 10; attempt++) {
          const matching = items.filter((i) => i.skillsWanted.some((s) => member.skills.includes(s)) && !chosen.has(i));
          chosen.add(matching.length && rand() < 0.6 ? pick(matching) : pick(items));
        }
        const availability = member.availability.length ? member.availability : ["WEEKEND"];
        for (const item of chosen) {
          const skill = item.skillsWanted.find((s) => member.skills.includes(s));
          const remark = `${pick(TIME_PHRASES[pick(availability)] ?? TIME_PHRASES.WEEKEND)}${skill ? `，擅长${skill}` : pick(EXTRA_PHRASES)}`;
          pledges.push({
            memberId: member.id,
            itemId: item.id,
            communityId,
            year: menu.year,
            remark,
            availability,
            createdAt: dated(menu.year, 0, 10 + (pledges.length % 18), pledges.length),
          });
        }
      }
      // the demo member (张伟, a teacher) has pledged one item this year, so both states show on /me/menu
      const demo = members.find((m) => m.phone === demoMemberPhone);
      const summer = items.find((i) => i.title === "暑期托管");
      if (demo && summer && menu.year === options.year) {
        pledges.push({
          memberId: demo.id,
          itemId: summer.id,
          communityId,
          year: menu.year,
          remark: "暑假工作日白天可以参加，擅长教育辅导和书法",
          availability: ["WEEKDAY_DAY", "WEEKEND"],
          createdAt: dated(menu.year, 0, 12, 0),
        });
      }
      await prisma.pledge.createMany({ data: pledges });
      pledgeCount += pledges.length;
    }

    // one member's own proposal waits for the secretary
    const proposer =
      members.find((m) => m.phone !== demoMemberPhone && m.skills.length > 0) ?? members.find((m) => m.phone !== demoMemberPhone);
    if (proposer) {
      const proposal = PROPOSALS[index % PROPOSALS.length];
      await createServiceItem({
        communityId,
        year: options.year,
        categoryId: categoryId.get("SELF_PROPOSED")!,
        title: proposal.title,
        description: proposal.description,
        typicalTime: proposal.time,
        status: "PROPOSED",
        proposedByMemberId: proposer.id,
        createdAt: dated(options.year, 1, 1, 0),
      });
      itemCount += 1;
    }
  }
  console.log(`seed: ${itemCount} service items, ${pledgeCount} pledges`);
  return { items: itemCount, pledges: pledgeCount };
}
