// The sign-up queue of an activity: joining, leaving and promotion from the waitlist, shared by
// members signing up themselves and the secretary signing up on their behalf.
import type { Actor } from "../auth/actor.ts";
import { db, Prisma, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { notify } from "../notifications/notify.ts";

/** `position` is the place on the waitlist (1 = next), null when confirmed. */
export type JoinResult = { signupId: bigint; status: "CONFIRMED" | "WAITLISTED"; position: number | null };

/**
 * One statement does the whole sign-up: lock the activity row, decide confirmed or waitlisted from
 * the current count, insert (or revive a cancelled) sign-up, and count it. Concurrent sign-ups for
 * one activity queue on the row lock, the unique (activity, member) stops doubles, and a CHECK
 * keeps confirmedCount ≤ capacity. A single round trip keeps the lock short under a storm.
 */
export async function joinActivity(options: {
  activityId: string;
  /** the member signed up, or (a member signing themselves up) the account whose verified roster entry in the community it is */
  member: { id: string } | { userId: string };
  communityId: string;
  byUserId: string;
  until: "deadline" | "start";
}): Promise<JoinResult> {
  const { activityId, member, communityId, byUserId, until } = options;
  // the member is looked up inside the statement: one round trip per sign-up (the storm's bottleneck)
  const me =
    "id" in member
      ? Prisma.sql`SELECT ${member.id}::uuid AS id`
      : Prisma.sql`SELECT id FROM "Member" WHERE "userId" = ${member.userId}::uuid AND "communityId" = ${communityId}::uuid AND status = 'ACTIVE'`;
  const rows = await db().$queryRaw<
    {
      found: boolean;
      isMember: boolean;
      id: bigint | null;
      status: "CONFIRMED" | "WAITLISTED" | null;
      position: number | null;
    }[]
  >`
    WITH me AS (${me}), act AS (
      SELECT id, capacity, "confirmedCount" FROM "Activity"
      WHERE id = ${activityId}::uuid AND "communityId" = ${communityId}::uuid AND status = 'PUBLISHED'
        AND (CASE WHEN ${until} = 'deadline' THEN "signupDeadline" ELSE "startsAt" END) > now()
      FOR UPDATE
    ), joined AS (
      INSERT INTO "Signup" ("activityId", "memberId", status, "createdById", "createdAt", "queuedAt")
      SELECT act.id, me.id,
             (CASE WHEN act."confirmedCount" < act.capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END)::"SignupStatus",
             ${byUserId}::uuid, now(), now()
      FROM act, me
      ON CONFLICT ("activityId", "memberId") DO UPDATE
        SET status = EXCLUDED.status, "queuedAt" = now(), "cancelledAt" = NULL, "promotedAt" = NULL, "createdById" = EXCLUDED."createdById"
        WHERE "Signup".status = 'CANCELLED'
      RETURNING id, status, "queuedAt"
    ), counted AS (
      UPDATE "Activity" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now()
      WHERE id = ${activityId}::uuid AND EXISTS (SELECT 1 FROM joined WHERE status = 'CONFIRMED')
      RETURNING id
    )
    SELECT EXISTS (SELECT 1 FROM act) AS found, EXISTS (SELECT 1 FROM me) AS "isMember", joined.id, joined.status::text AS status,
      CASE WHEN joined.status = 'WAITLISTED' THEN (
        SELECT count(*)::int + 1 FROM "Signup" s
        WHERE s."activityId" = ${activityId}::uuid AND s.status = 'WAITLISTED'
          AND (s."queuedAt", s.id) < (joined."queuedAt", joined.id)
      ) END AS position
    FROM (SELECT 1) AS one LEFT JOIN joined ON true`;
  const row = rows[0];
  if (row?.id && row.status) return { signupId: row.id, status: row.status, position: row.position };
  if (row && !row.isMember) throw new UserFacingError("activities.notVerified");
  if (row?.found) throw new UserFacingError("activities.alreadySignedUp");
  const activity = await db().activity.findFirst({
    where: { id: activityId, communityId, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!activity) throw new NotFoundError();
  throw new UserFacingError(until === "deadline" ? "activities.deadlinePassed" : "activities.alreadyStarted");
}

/** The member's own roster entry in the community they act in, if verified. */
export async function activeMemberOf(actor: Actor, communityId: string) {
  const member = await db().member.findFirst({
    where: { userId: actor.userId, communityId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw new UserFacingError("activities.notVerified");
  return member;
}

async function lockActivity(tx: Tx, activityId: string, communityId: string) {
  const rows = await tx.$queryRaw<{ id: string; title: string; signupDeadline: Date; status: string }[]>`
    SELECT id, title, "signupDeadline", status::text AS status FROM "Activity"
    WHERE id = ${activityId}::uuid AND "communityId" = ${communityId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Frees a confirmed place and gives it to the first on the waitlist, who is told. Call with the
 * activity row locked. Returns the promoted member's id, if any.
 */
export async function promoteFromWaitlist(tx: Tx, activity: { id: string; title: string }, places = 1): Promise<string[]> {
  const waiting = await tx.signup.findMany({
    where: { activityId: activity.id, status: "WAITLISTED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take: places,
    select: { id: true, memberId: true, member: { select: { userId: true } } },
  });
  if (!waiting.length) return [];
  await tx.signup.updateMany({
    where: { id: { in: waiting.map((w) => w.id) } },
    data: { status: "CONFIRMED", promotedAt: new Date() },
  });
  await tx.activity.update({ where: { id: activity.id }, data: { confirmedCount: { increment: waiting.length } } });
  await notify(tx, {
    userIds: waiting.map((w) => w.member.userId),
    kind: "promotedFromWaitlist",
    params: { title: activity.title },
    link: `/me/activities/${activity.id}`,
  });
  return waiting.map((w) => w.memberId);
}

export async function leaveActivity(options: {
  activityId: string;
  memberId: string;
  communityId: string;
  enforceDeadline: boolean;
}) {
  return db().$transaction(
    async (tx) => {
      const activity = await lockActivity(tx, options.activityId, options.communityId);
      if (!activity) throw new NotFoundError();
      if (options.enforceDeadline && activity.signupDeadline < new Date())
        throw new UserFacingError("activities.cancelDeadlinePassed");
      const signup = await tx.signup.findFirst({
        where: { activityId: activity.id, memberId: options.memberId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
        select: { id: true, status: true },
      });
      if (!signup) throw new NotFoundError();
      await tx.signup.update({ where: { id: signup.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
      let promoted: string[] = [];
      if (signup.status === "CONFIRMED") {
        await tx.activity.update({ where: { id: activity.id }, data: { confirmedCount: { decrement: 1 } } });
        if (activity.status === "PUBLISHED") promoted = await promoteFromWaitlist(tx, activity);
      }
      return { promoted };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
