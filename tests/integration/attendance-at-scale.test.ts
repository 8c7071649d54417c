import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { addWalkIn } from "@/lib/attendance/add-walk-in";
import { confirmAttendance } from "@/lib/attendance/confirm-attendance";
import { confirmAttendanceSchema } from "@/lib/attendance/schema";
import { db } from "@/lib/db";
import { approveMembers } from "@/lib/members/approve-members";
import { approveMembersSchema } from "@/lib/members/schema";
import { MEMBER_SEARCH_LIMIT, searchMembers } from "@/lib/members/search-members";
import { createActivity } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

type World = Awaited<ReturnType<typeof createStreetWorld>>;

/** `count` members of the world's community with accounts, in one statement (phones 15x…). */
async function bulkMembers(world: World, count: number, options: { from?: number; status?: "ACTIVE" | "PENDING" } = {}) {
  const from = options.from ?? 1;
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH u AS (
      INSERT INTO "User" (id, phone, name, "passwordHash", "updatedAt")
      SELECT gen_random_uuid(), '15' || lpad(g::text, 9, '0'), '党员' || lpad(g::text, 5, '0'), 'not-a-hash', now()
      FROM generate_series(${from}::int, ${from + count - 1}::int) g
      RETURNING id, phone, name)
    INSERT INTO "Member" (id, "communityId", "gridId", "buildingId", "userId", name, phone, status, "verifiedAt", "updatedAt", skills, interests, availability)
    SELECT gen_random_uuid(), ${world.community.id}::uuid, ${world.grid.id}::uuid, ${world.building.id}::uuid, u.id, u.name, u.phone,
      ${options.status ?? "ACTIVE"}::"MemberStatus", now(), now(), '{}', '{}', '{}'
    FROM u ORDER BY u.phone
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** The attendance form as the browser posts it: every open row listed, the ticked ones attended. */
function attendanceForm(activityId: string, listed: string[], ticked: string[]) {
  const form = new FormData();
  form.set("activityId", activityId);
  for (const id of listed) form.append("signedUp", id);
  for (const id of ticked) form.append("attended", id);
  form.set("hours", "2");
  return formDataToObject(form);
}

describe("the largest activity allowed: 2,000 places", () => {
  it("confirms the attendance of 2,000 sign-ups in one go: records, points once, notifications, no-shows", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, {
      capacity: 2000,
      points: 3,
      startsAt: new Date(Date.now() - 3_600_000),
      signupDeadline: new Date(Date.now() - 7_200_000),
    });
    const members = await bulkMembers(world, 2000);
    await db().$executeRaw`
      INSERT INTO "Signup" ("activityId", "memberId", status) SELECT ${activity.id}::uuid, m, 'CONFIRMED' FROM unnest(${members}::uuid[]) m`;
    await db().activity.update({ where: { id: activity.id }, data: { confirmedCount: 2000 } });

    const came = members.slice(0, 1990);
    const parsed = confirmAttendanceSchema.safeParse(attendanceForm(activity.id, members, came));
    expect(parsed.error?.issues).toBeUndefined();
    const result = await confirmAttendance({ actor: world.secretary, input: parsed.data! });
    expect(result).toEqual({ confirmed: 1990, noShows: 10 });

    const byStatus = await db().activityRecord.groupBy({ by: ["status"], where: { activityId: activity.id }, _count: true });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count]))).toEqual({ CONFIRMED: 1990, NO_SHOW: 10 });
    const ledger = await db().pointsEntry.aggregate({ where: { activityId: activity.id }, _sum: { amount: true }, _count: true });
    expect(ledger).toMatchObject({ _count: 1990, _sum: { amount: 5970 } });
    expect(await db().notification.count({ where: { kind: "attendanceConfirmed" } })).toBe(1990);

    // confirming again changes nothing: the records are locked, points were credited once
    expect(await confirmAttendance({ actor: world.secretary, input: parsed.data! })).toEqual({ confirmed: 0, noShows: 0 });
    expect(await db().pointsEntry.count({ where: { activityId: activity.id } })).toBe(1990);

    // a walk-in on top of the 2,000, found by the picker's search
    const [extra] = await bulkMembers(world, 1, { from: 5000 });
    const found = await searchMembers({
      actor: world.secretary,
      input: { q: "党员05000", activityId: activity.id, purpose: "walkIn" },
    });
    expect(found.members.map((m) => m.id)).toEqual([extra]);
    await addWalkIn({ actor: world.secretary, input: { activityId: activity.id, memberId: extra } });
    expect(await db().activityRecord.count({ where: { activityId: activity.id, status: "CONFIRMED" } })).toBe(1991);
  });

  it("the member pickers search a roster of 3,500 instead of stopping at the first 3,000", async () => {
    const world = await createStreetWorld();
    const activity = await createActivity(world, { capacity: 2000 });
    const members = await bulkMembers(world, 3500, { from: 10_001 });
    const last = await searchMembers({
      actor: world.secretary,
      input: { q: "党员13500", activityId: activity.id, purpose: "signUp" },
    });
    expect(last).toEqual({ members: [expect.objectContaining({ id: members[3499], name: "党员13500" })], more: false });
    const byPhone = await searchMembers({
      actor: world.secretary,
      input: { q: "1500001340", activityId: activity.id, purpose: "signUp" },
    });
    expect(byPhone.members.map((m) => m.name)).toEqual(Array.from({ length: 10 }, (_, i) => `党员1340${i}`));
    const many = await searchMembers({
      actor: world.secretary,
      input: { q: "党员", activityId: activity.id, purpose: "signUp" },
    });
    expect(many.members).toHaveLength(MEMBER_SEARCH_LIMIT);
    expect(many.more).toBe(true);
    // already signed up: no longer offered for signing up on behalf
    await db().signup.create({ data: { activityId: activity.id, memberId: members[3499], status: "CONFIRMED" } });
    expect(
      (await searchMembers({ actor: world.secretary, input: { q: "党员13500", activityId: activity.id, purpose: "signUp" } }))
        .members,
    ).toEqual([]);
    // another community's secretary finds none of them
    const other = await createStreetWorld();
    expect(
      (await searchMembers({ actor: other.secretary, input: { q: "党员", activityId: activity.id, purpose: "signUp" } })).members,
    ).toEqual([]);
  });

  it("approves 2,000 pending registrations in one bulk approval", async () => {
    const world = await createStreetWorld();
    const pending = await bulkMembers(world, 2000, { from: 20_001, status: "PENDING" });
    const form = new FormData();
    for (const id of pending) form.append("memberIds", id);
    const parsed = approveMembersSchema.safeParse(formDataToObject(form));
    expect(parsed.error?.issues).toBeUndefined();
    expect(await approveMembers({ actor: world.secretary, input: { memberIds: parsed.data!.memberIds } })).toEqual({
      approved: 2000,
    });
    expect(await db().member.count({ where: { communityId: world.community.id, status: "ACTIVE" } })).toBe(2000);
    expect(await db().auditEvent.count({ where: { action: "member.approve" } })).toBe(2000);
  });
});
