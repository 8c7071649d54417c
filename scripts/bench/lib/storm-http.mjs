// The sign-up storm over HTTP (issue 11 item 4): 500 signed-in members post the real server action
// (`signUpAction`, React-encoded like the browser) at once to the production server, beside 500
// requests to the framework floor page sent the same way, so the action's cost shows apart from
// what any request costs on this machine.
import { actionId, callAction } from "../../lib/server-actions.mjs";
import { signIn } from "./auth.mjs";
import { percentiles } from "./load.mjs";
import { FRAMEWORK_FLOOR } from "./pages.mjs";
import { DIST_DIR, startServer } from "./server.mjs";

const round = (ms) => Math.round(ms * 10) / 10;

async function inBatches(items, size, fn) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

async function timedAll(count, fn) {
  const started = performance.now();
  const calls = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t0 = performance.now();
      try {
        const ok = await fn(i);
        return { ms: performance.now() - t0, ok };
      } catch {
        return { ms: performance.now() - t0, ok: false };
      }
    }),
  );
  return {
    wallMs: round(performance.now() - started),
    ...percentiles(calls.map((c) => c.ms)),
    errors: calls.filter((c) => !c.ok).length,
  };
}

async function newActivity(client, communityId, title, capacity) {
  const { rows } = await client.query(
    `INSERT INTO "Activity" (id, "communityId", "categoryId", title, place, "startsAt", "endsAt", "signupDeadline", capacity, points, hours, status, "publishedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, (SELECT id FROM "ServiceCategory" WHERE code = 'SECURITY'), $2, '社区广场',
       now() + interval '3 days', now() + interval '3 days 2 hours', now() + interval '2 days', $3, 1, 1, 'PUBLISHED', now(), now())
     RETURNING id`,
    [communityId, title, capacity],
  );
  return rows[0].id;
}

export async function httpStormPhase({ databaseUrl, client, manifest, settings, log, size = 500, capacity = 30 }) {
  const communityId = manifest.orgs.community.id;
  const { rows: members } = await client.query(
    `SELECT u.phone, g.id AS "grantId" FROM "Member" m JOIN "User" u ON u.id = m."userId"
     JOIN "RoleGrant" g ON g."userId" = m."userId" AND g.role = 'MEMBER' AND g."organizationId" = m."communityId"
     WHERE m."communityId" = $1 AND m.status = 'ACTIVE' ORDER BY m.id DESC LIMIT $2`,
    [communityId, size],
  );
  if (members.length < size) return { skipped: `only ${members.length} account holders in the community` };
  const server = await startServer({
    databaseUrl,
    log,
    processes: settings.processes,
    extraEnv: { DATABASE_POOL_SIZE: String(settings.poolSize) },
  });
  const warm = await newActivity(client, communityId, "基准测试：HTTP 预热", capacity);
  const activityId = await newActivity(client, communityId, "基准测试：HTTP 报名风暴", capacity);
  try {
    const started = performance.now();
    const cookies = await inBatches(members, 8, async ({ phone, grantId }) => {
      const session = await signIn(server.baseUrl, { phone, password: manifest.password });
      return `authjs.session-token=${session}; active_grant=${grantId}`;
    });
    log(`HTTP storm: ${cookies.length} members signed in in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const signUp = actionId("app/(member)/me/activities/[id]/actions.ts", "signUpAction", DIST_DIR);
    const post = async (cookie, id) => {
      const answer = await callAction(server.baseUrl, cookie, `/me/activities/${id}`, signUp, { activityId: id });
      return answer.status === 200 && answer.text.includes('"ok":true');
    };
    // warm both paths like a running server (not timed)
    for (const cookie of cookies.slice(0, 20)) await post(cookie, warm);
    for (let i = 0; i < 20; i++) await (await fetch(`${server.baseUrl}${FRAMEWORK_FLOOR.path}`)).arrayBuffer();

    const floor = await timedAll(size, async () => {
      const response = await fetch(`${server.baseUrl}${FRAMEWORK_FLOOR.path}`, {
        headers: { "accept-encoding": "gzip, deflate, br" },
      });
      await response.arrayBuffer();
      return response.status === 200;
    });
    const storm = await timedAll(size, (i) => post(cookies[i], activityId));
    const { rows } = await client.query(
      `SELECT a."confirmedCount" AS counter, count(s.*) FILTER (WHERE s.status = 'CONFIRMED')::int AS confirmed,
         count(s.*) FILTER (WHERE s.status = 'WAITLISTED')::int AS waitlisted
       FROM "Activity" a LEFT JOIN "Signup" s ON s."activityId" = a.id WHERE a.id = $1 GROUP BY a.id`,
      [activityId],
    );
    const result = {
      calls: size,
      capacity,
      processes: settings.processes,
      ...storm,
      confirmed: rows[0].confirmed,
      waitlisted: rows[0].waitlisted,
      confirmedCount: rows[0].counter,
      exactlyCapacity: rows[0].confirmed === capacity && rows[0].counter === capacity,
      floor,
      ratio: floor.p95 ? round(storm.p95 / floor.p95) : null,
    };
    log(
      `HTTP storm: ${result.confirmed} confirmed, ${result.waitlisted} waitlisted, ${result.errors} errors, p95 ${result.p95} ms ` +
        `(floor page, same way: p95 ${floor.p95} ms, ${floor.errors} errors; ratio ${result.ratio})`,
    );
    return result;
  } finally {
    await server.stop();
    await client.query(`DELETE FROM "Signup" WHERE "activityId" = ANY($1::uuid[])`, [[warm, activityId]]);
    await client.query(`DELETE FROM "Activity" WHERE id = ANY($1::uuid[])`, [[warm, activityId]]);
  }
}
