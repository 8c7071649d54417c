import { describe, expect, it } from "vitest";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { findSummaryDrift, rebuildSummaries } from "@/lib/dashboards/summary-drift";
import { db } from "@/lib/db";
import { createActivity, createCommunity, createMember, createSignup } from "@/prisma/factories";
import { createStreetWorld } from "../support/world";

// The dashboards read MemberServiceMonth, kept by triggers. Random sequences of every kind of
// change that moves it (records inserted, confirmed, un-confirmed, re-scored and deleted, one or
// many per statement; activities moved to another month, category or community; the real
// attendance confirmation) must leave it equal to a recomputation from the records.

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed by its seed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function world() {
  const street = await createStreetWorld();
  const other = await createCommunity({ streetId: street.street.id });
  const categories = (await db().serviceCategory.findMany({ where: { communityId: null }, select: { id: true } })).map(
    (c) => c.id,
  );
  const members = await Promise.all(
    Array.from({ length: 8 }, (_, i) => createMember({ communityId: i < 6 ? street.community.id : other.id })),
  );
  // past activities across a year boundary and several months (Beijing midnight edges included)
  const starts = [
    new Date("2025-12-31T15:30:00Z"), // 2025-12-31 23:30 in Beijing
    new Date("2025-12-31T16:30:00Z"), // 2026-01-01 00:30 in Beijing
    new Date("2026-03-15T02:00:00Z"),
    new Date("2026-03-28T02:00:00Z"),
    new Date("2026-07-01T01:00:00Z"),
    new Date(Date.now() - 2 * DAY),
  ];
  const activities = await Promise.all(
    starts.map((startsAt, i) => createActivity({ communityId: i % 3 === 2 ? other.id : street.community.id, startsAt })),
  );
  return { street, other, categories, members, activities };
}

type World = Awaited<ReturnType<typeof world>>;
const STATUSES = ["CHECKED_IN", "NO_SHOW", "CONFIRMED"] as const;

async function step(w: World, next: () => number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const hours = () => Math.round(next() * 16) / 2; // 0–8 in half hours
  const op = next();
  if (op < 0.3) {
    // insert one or several records (some CONFIRMED without confirmedAt, so they can change again)
    const count = 1 + Math.floor(next() * 4);
    const rows = Array.from({ length: count }, () => {
      const activity = pick(w.activities);
      const status = pick(STATUSES);
      return {
        activityId: activity.id,
        memberId: pick(w.members).id,
        communityId: activity.communityId,
        status,
        hours: hours(),
        confirmedAt: status === "CONFIRMED" && next() < 0.5 ? new Date() : null,
      };
    });
    await db().activityRecord.createMany({ data: rows, skipDuplicates: true });
  } else if (op < 0.5) {
    // change the status and hours of open (not locked) records of one activity, in one statement
    const activity = pick(w.activities);
    await db().$executeRaw`
      UPDATE "ActivityRecord" SET status = ${pick(STATUSES)}::"AttendanceStatus", hours = ${hours()}
      WHERE "activityId" = ${activity.id}::uuid AND "confirmedAt" IS NULL AND random() < 0.7`;
  } else if (op < 0.6) {
    const activity = pick(w.activities);
    await db().activityRecord.deleteMany({ where: { activityId: activity.id, confirmedAt: null } });
  } else if (op < 0.8) {
    // the activity moves: another day (often another month or year), category or community
    const activity = pick(w.activities);
    const current = await db().activity.findUniqueOrThrow({ where: { id: activity.id } });
    const data =
      next() < 0.5
        ? (() => {
            const shift = Math.round((next() - 0.5) * 120) * DAY;
            const moved = (d: Date) => new Date(d.getTime() + shift);
            return {
              startsAt: moved(current.startsAt),
              endsAt: moved(current.endsAt),
              signupDeadline: moved(current.signupDeadline),
            };
          })()
        : next() < 0.7
          ? { categoryId: pick(w.categories) }
          : { communityId: pick([w.street.community.id, w.other.id]) };
    await db().activity.update({ where: { id: activity.id }, data });
  } else {
    // the real confirmation of a community's started activity: sign-ups, ticks, hours
    const activity = await db().activity.findFirstOrThrow({
      where: { communityId: w.street.community.id, startsAt: { lt: new Date() }, status: "PUBLISHED" },
      orderBy: { startsAt: "desc" },
    });
    const roster = w.members.filter((m) => m.communityId === w.street.community.id);
    for (const member of roster) {
      const exists = await db().signup.findUnique({
        where: { activityId_memberId: { activityId: activity.id, memberId: member.id } },
      });
      if (!exists && next() < 0.5) await createSignup({ activityId: activity.id, memberId: member.id });
    }
    const signedUp = (await db().signup.findMany({ where: { activityId: activity.id, status: "CONFIRMED" } })).map(
      (s) => s.memberId,
    );
    await confirmAttendance({
      actor: w.street.secretary,
      input: { activityId: activity.id, signedUp, attended: signedUp.filter(() => next() < 0.7), hours: hours() },
    });
  }
}

describe("dashboard summaries", () => {
  it("hold the existing records after a rebuild, and the check finds nothing", async () => {
    await world();
    expect(await findSummaryDrift()).toEqual([]);
    await rebuildSummaries();
    expect(await findSummaryDrift()).toEqual([]);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`equal the recomputation after each of 40 random changes (seed ${seed})`, async () => {
      const w = await world();
      const next = random(seed);
      for (let i = 0; i < 40; i++) {
        await step(w, next);
        const drift = await findSummaryDrift();
        expect(drift, `after change ${i + 1} of seed ${seed}`).toEqual([]);
      }
      // the sequences really moved figures: some summary rows exist at the end
      expect(await db().memberServiceMonth.count()).toBeGreaterThan(0);
    });
  }

  it("reports a row that was tampered with", async () => {
    const w = await world();
    const activity = w.activities[2]!;
    await db().activityRecord.create({
      data: {
        activityId: activity.id,
        memberId: w.members[0]!.id,
        communityId: activity.communityId,
        status: "CONFIRMED",
        hours: 2,
      },
    });
    await db().$executeRaw`UPDATE "MemberServiceMonth" SET tenths = tenths + 5 WHERE "memberId" = ${w.members[0]!.id}::uuid`;
    const drift = await findSummaryDrift();
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({
      memberId: w.members[0]!.id,
      expected: { services: 1, tenths: 20 },
      stored: { services: 1, tenths: 25 },
    });
    await rebuildSummaries();
    expect(await findSummaryDrift()).toEqual([]);
  });
});
