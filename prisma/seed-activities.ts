// Demo activities: past ones with confirmed attendance and points, upcoming ones with sign-ups
// (one of them full, with a waitlist) and a draft. Deterministic.
import { db } from "../lib/db.ts";
import { createActivity, createRecord } from "./factories.ts";
import { random } from "./seed-data.ts";

const DAY = 86_400_000;

const TEMPLATES = [
  { code: "ENVIRONMENT", title: "楼道清洁与小广告清理", place: "各楼栋楼道", points: 5, hours: 2 },
  { code: "ENVIRONMENT", title: "垃圾分类督导", place: "小区垃圾分类投放点", points: 4, hours: 1.5 },
  { code: "CIVILITY", title: "文明养犬劝导", place: "小区中心花园", points: 3, hours: 1 },
  { code: "AID", title: "走访困难家庭送温暖", place: "社区党群服务中心集合", points: 8, hours: 3 },
  { code: "SECURITY", title: "夜间平安巡逻", place: "社区警务室集合", points: 6, hours: 2 },
  { code: "PUBLICITY", title: "反诈宣传进楼栋", place: "社区广场", points: 4, hours: 2 },
  { code: "CULTURE", title: "重阳节敬老文艺演出", place: "社区活动中心", points: 5, hours: 2.5 },
  { code: "ADVICE", title: "老旧小区改造居民议事会", place: "社区议事厅", points: 4, hours: 2 },
  { code: "AID", title: "健康义诊与血压测量", place: "社区卫生服务站", points: 6, hours: 3 },
  { code: "PUBLICITY", title: "暑期青少年安全课堂", place: "社区图书室", points: 5, hours: 2 },
];

function at(base: number, days: number, hour: number) {
  const d = new Date(base + days * DAY);
  d.setUTCHours(hour - 8, 0, 0, 0); // hour in Beijing time
  return d;
}

export async function seedActivities(options: {
  communityIds: string[];
  secretaryId: string;
  excludeFromUpcoming: string[];
  regulars: string[];
}) {
  const prisma = db();
  const rand = random(1126);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const categories = new Map(
    (await prisma.serviceCategory.findMany({ where: { code: { not: null } } })).map((c) => [c.code!, c.id]),
  );
  const now = Date.now();
  let activities = 0;

  for (const communityId of options.communityIds) {
    const members = await prisma.member.findMany({
      where: { communityId, status: "ACTIVE" },
      orderBy: { reportedAt: "asc" },
      select: { id: true, userId: true },
    });
    const upcomingPool = members.filter((m) => !options.excludeFromUpcoming.includes(m.id));
    const plan = [
      ...[-80, -62, -45, -30, -16, -5].map((days) => ({ days, status: "PUBLISHED" as const })),
      ...[3, 6, 9, 13].map((days) => ({ days, status: "PUBLISHED" as const })),
      { days: 20, status: "DRAFT" as const },
    ];
    for (const [index, step] of plan.entries()) {
      const template = TEMPLATES[(index + activities) % TEMPLATES.length];
      const startsAt = at(now, step.days, pick([9, 14, 19]));
      const endsAt = new Date(startsAt.getTime() + template.hours * 3_600_000);
      const full = step.days === 6;
      const capacity = full ? 8 : 10 + Math.floor(rand() * 20);
      const activity = await createActivity({
        communityId,
        categoryId: categories.get(template.code)!,
        title: template.title,
        description: `${template.title}，欢迎在职党员利用业余时间参加。请穿党员马甲、佩戴党员胸卡。`,
        place: template.place,
        startsAt,
        endsAt,
        signupDeadline: new Date(startsAt.getTime() - 12 * 3_600_000),
        capacity,
        points: template.points,
        hours: template.hours,
        status: step.status,
        publishedAt: step.status === "PUBLISHED" ? new Date(startsAt.getTime() - 7 * DAY) : null,
        createdById: options.secretaryId,
      });
      activities += 1;
      if (step.status !== "PUBLISHED") continue;

      const pool = step.days < 0 ? members : upcomingPool;
      const wanted = full ? capacity + 3 : Math.min(pool.length, Math.floor(capacity * (0.4 + rand() * 0.5)));
      const shuffled = [...pool].sort(() => rand() - 0.5);
      // the demo's regulars took part in every past activity (so they have a service record and a letter)
      const regulars = step.days < 0 ? shuffled.filter((m) => options.regulars.includes(m.id)) : [];
      const chosen = [...regulars, ...shuffled.filter((m) => !options.regulars.includes(m.id))].slice(0, wanted);
      const confirmed = chosen.slice(0, capacity);
      await prisma.signup.createMany({
        data: chosen.map((m, i) => ({
          activityId: activity.id,
          memberId: m.id,
          status: i < capacity ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
          createdAt: new Date(activity.publishedAt!.getTime() + i * 60_000),
          queuedAt: new Date(activity.publishedAt!.getTime() + i * 60_000),
        })),
      });
      await prisma.activity.update({ where: { id: activity.id }, data: { confirmedCount: confirmed.length } });
      if (step.days > 0) continue;

      // past: most came and were confirmed, a few did not
      for (const member of confirmed) {
        const came = options.regulars.includes(member.id) || rand() < 0.85;
        const record = await createRecord({
          activity,
          memberId: member.id,
          status: came ? "CONFIRMED" : "NO_SHOW",
          checkedInAt: came && rand() < 0.7 ? new Date(startsAt.getTime() - 5 * 60_000) : null,
          hours: came ? template.hours : 0,
          points: came ? template.points : 0,
          confirmedAt: new Date(endsAt.getTime() + 3_600_000),
          confirmedById: options.secretaryId,
        });
        if (came) {
          await prisma.pointsEntry.create({
            data: {
              memberId: member.id,
              communityId,
              kind: "EARN",
              amount: template.points,
              activityId: activity.id,
              recordId: record.id,
              actorId: options.secretaryId,
              createdAt: new Date(endsAt.getTime() + 3_600_000),
            },
          });
        }
      }
    }
  }
  return activities;
}
