// Writes what sql-activities.mjs planned: Activity (confirmedCount = its CONFIRMED sign-ups),
// Signup, ActivityRecord and the matching EARN PointsEntry rows.
//
// Database rules kept: confirmed attendance records are inserted with confirmedAt already set
// (the lock trigger only refuses UPDATE/DELETE); points entries are positive EARN rows with
// recordId set (the balance guard only acts on negative amounts; one EARN per record).
import { sqlTs } from "./plan.mjs";

export async function insertActivities(client, { anchor }) {
  await client.query(
    `
    INSERT INTO "Activity" (id, "communityId", "itemId", "categoryId", title, description, place, "startsAt", "endsAt", "signupDeadline",
      capacity, "confirmedCount", points, hours, status, "cancelReason", "publishedAt", "createdAt", "updatedAt")
    SELECT a.id, a.community_id, a.item_id, a.category_id, a.title, a.title || '，欢迎在职党员利用业余时间参加。请穿党员马甲、佩戴党员胸卡。',
           a.place, a.starts_at, a.ends_at, a.starts_at - interval '12 hours', a.capacity, coalesce(n.confirmed, 0), a.points, a.hours,
           a.status, CASE WHEN a.status = 'CANCELLED' THEN '因天气原因取消' END, a.published_at, a.created_at,
           least(greatest(a.published_at, a.created_at) + interval '1 day', $1::timestamp)
    FROM b_act a
    LEFT JOIN (SELECT act_key, count(*)::int AS confirmed FROM b_pick WHERE signup = 'CONFIRMED' GROUP BY act_key) n ON n.act_key = a.key
    ORDER BY a.created_at, a.key`,
    [sqlTs(anchor)],
  );
}

/** Sign-ups: queued one to a few minutes apart after publication, in pick order. */
export async function insertSignups(client, { anchor }) {
  await client.query(
    `
    INSERT INTO "Signup" ("activityId", "memberId", status, "createdAt", "queuedAt", "cancelledAt")
    SELECT a.id, k.member_id, k.signup::"SignupStatus", q.at, q.at,
           CASE WHEN k.signup = 'CANCELLED' THEN least(q.at + interval '1 day', $1::timestamp) END
    FROM b_pick k
    JOIN b_act a ON a.key = k.act_key
    CROSS JOIN LATERAL (SELECT least(a.published_at + k.rn * interval '3 minutes', $1::timestamp - interval '1 minute') AS at) q
    WHERE k.signup IS NOT NULL
    ORDER BY a.starts_at, a.key, k.rn`,
    [sqlTs(anchor)],
  );
}

/**
 * Attendance: every past pick has a record. Activities that ended in the last three days are not
 * confirmed yet (CHECKED_IN, unlocked, no points; no-shows have no record yet); older ones are
 * CONFIRMED (came) or NO_SHOW, confirmed one hour after the end.
 */
export async function insertRecords(client, { anchor }) {
  await client.query(
    `
    INSERT INTO "ActivityRecord" ("activityId", "memberId", "communityId", status, "checkedInAt", "walkIn", hours, points, "confirmedAt", "createdAt")
    SELECT a.id, k.member_id, a.community_id,
           (CASE WHEN x.pending THEN 'CHECKED_IN' WHEN k.came THEN 'CONFIRMED' ELSE 'NO_SHOW' END)::"AttendanceStatus",
           CASE WHEN k.came AND (x.pending OR k.walk_in OR pg_temp.r(k.act_key * 256 + k.rn, 74) < 0.7) THEN a.starts_at - interval '5 minutes' END,
           k.walk_in,
           CASE WHEN k.came AND NOT x.pending THEN a.hours ELSE 0 END,
           CASE WHEN k.came AND NOT x.pending THEN a.points ELSE 0 END,
           CASE WHEN NOT x.pending THEN a.ends_at + interval '1 hour' END,
           CASE WHEN k.came THEN a.starts_at - interval '5 minutes' ELSE a.ends_at + interval '1 hour' END
    FROM b_pick k
    JOIN b_act a ON a.key = k.act_key
    CROSS JOIN LATERAL (SELECT a.ends_at > $1::timestamp - interval '3 days' AS pending) x
    WHERE NOT a.upcoming AND (k.came OR NOT x.pending)
    ORDER BY a.starts_at, a.key, k.rn`,
    [sqlTs(anchor)],
  );
}

/** One EARN entry per confirmed record with points, created when it was confirmed, in record order. */
export async function insertPoints(client) {
  await client.query(`
    INSERT INTO "PointsEntry" ("memberId", "communityId", kind, amount, "activityId", "recordId", reason, "createdAt")
    SELECT r."memberId", r."communityId", 'EARN', r.points, r."activityId", r.id, NULL, r."confirmedAt"
    FROM "ActivityRecord" r
    WHERE r.status = 'CONFIRMED' AND r."confirmedAt" IS NOT NULL AND r.points > 0
    ORDER BY r.id`);
}
