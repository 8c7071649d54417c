#!/usr/bin/env node
// `npm run test:faults`: kills the app (a `next start` this script controls) with SIGKILL in the
// middle of a 5,000-row roster import, a letters batch (generating 2,125 letters, then drawing them
// into one PDF) and a sign-up storm, starts it again, and checks what must hold afterwards:
// no half-written batch, one letter per member and year, confirmed places ≤ capacity and equal
// to the counter, each confirmed attendance credited exactly once (ledger sum = balance).
// Uses `<DATABASE_URL's name>_faults` beside DATABASE_URL (never that database itself), or an
// embedded PostgreSQL without it. Prints the figures; exits non-zero when an invariant fails.
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { grantId, signIn } from "./bench/lib/auth.mjs";
import { startApp } from "./lib/app-server.mjs";
import { needsBuild } from "./lib/build.mjs";
import { databaseName, migrateDeploy, recreateDatabase, run, withDatabase } from "./lib/database.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { actionId, callAction as callActionAt } from "./lib/server-actions.mjs";

const AUTH_SECRET = "test-secret-for-automated-tests-only-0123456789";
const PASSWORD = "Demo@2026";
const SECRETARY = "13900000002";
const IMPORT_ROWS = 5000;
const LETTERS = 2125;
const STORM = { members: 40, capacity: 30 };
const IMPORT_ACTIONS = "app/(community)/community/roster/import/actions.ts";
const LETTER_ACTIONS = "app/(community)/community/letters/actions.ts";

const log = (message) => console.log(`[faults] ${message}`);
const figures = {};
const failures = [];
function check(name, ok, detail = "") {
  log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures.push(name);
}
const seconds = (ms) => Math.round(ms / 100) / 10;

/** A server action of the running app, as the browser calls it. */
const callAction = (app, cookie, path, id, fields) => callActionAt(app.baseUrl, cookie, path, id, fields);

// ---------------------------------------------------------------- killing at the right moment

/** Polls pg_stat_activity until the app runs a statement matching `pattern`, then SIGKILLs the app. */
async function killDuring(client, database, app, pattern, { timeoutMs = 60_000 } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const { rowCount } = await client.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state <> 'idle' AND query ~* $2`,
      [database, pattern],
    );
    if (rowCount) {
      await app.kill();
      return true;
    }
  }
  await app.kill();
  return false;
}

// ---------------------------------------------------------------- scenarios

async function rosterFile(building) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  sheet.addRow(["姓名", "手机号码", "楼栋", "职业特长"]);
  for (let i = 0; i < IMPORT_ROWS; i++) sheet.addRow([`导入${i}`, `186${String(i).padStart(8, "0")}`, building, "摄影"]);
  return new Blob([await workbook.xlsx.writeBuffer()]);
}

async function importScenario(ctx) {
  const { client, restart } = ctx;
  let app = ctx.app;
  const { rows } = await client.query(
    `SELECT b.name FROM "Organization" b JOIN "Organization" c ON c.id = b."communityId" WHERE c.name = '东湖社区' AND b.kind = 'BUILDING' LIMIT 1`,
  );
  const file = await rosterFile(rows[0].name);
  const upload = actionId(IMPORT_ACTIONS, "previewRosterImportAction");
  let t0 = Date.now();
  const preview = await callAction(app, ctx.secretary, "/community/roster/import", upload, {
    file: new File([file], "名册.xlsx"),
  });
  figures.importPreviewHttpS = seconds(Date.now() - t0);
  const batchId = /batch=([0-9a-f-]{36})/.exec(preview.redirect ?? "")?.[1];
  check("5,000-row preview stored a batch", !!batchId, preview.redirect ?? `${preview.status} ${preview.text.slice(0, 200)}`);
  const page = `/community/roster/import?batch=${batchId}`;
  const confirm = actionId(IMPORT_ACTIONS, "confirmRosterImportAction");
  const confirming = callAction(app, ctx.secretary, page, confirm, { batchId }).catch(() => null);
  const landed = await killDuring(client, ctx.database, app, 'INSERT INTO "Member"|"ImportBatchRow"');
  await confirming;
  figures.importKilledMidStatement = landed;
  app = await restart();
  const after = await batchState(client, batchId);
  check(
    "import killed mid-confirm: all of the batch or none of it",
    (after.status === "PREVIEWED" && after.members === 0) || (after.status === "IMPORTED" && after.members === IMPORT_ROWS),
    JSON.stringify(after),
  );
  if (after.status === "PREVIEWED") {
    t0 = Date.now();
    const again = await callAction(app, ctx.secretary, page, actionId(IMPORT_ACTIONS, "confirmRosterImportAction"), { batchId });
    figures.importConfirmHttpS = seconds(Date.now() - t0);
    check("confirm after the restart redirects to the summary", !!again.redirect, `${again.status}`);
  }
  const final = await batchState(client, batchId);
  check(
    "after the restart the batch is imported once",
    final.status === "IMPORTED" && final.members === IMPORT_ROWS,
    JSON.stringify(final),
  );
  return app;
}

async function batchState(client, batchId) {
  const { rows } = await client.query(
    `SELECT b.status::text, (SELECT count(*)::int FROM "Member" m WHERE m.phone LIKE '186%' AND m.source = 'IMPORTED') AS members
     FROM "ImportBatch" b WHERE b.id = $1`,
    [batchId],
  );
  return rows[0];
}

/** 2,125 members of 东湖社区 with an employer and three confirmed services last year: 2,125 letters. */
async function letterData(client, year) {
  await client.query(`
    WITH c AS (SELECT id FROM "Organization" WHERE name = '东湖社区' AND kind = 'COMMUNITY' LIMIT 1),
    cat AS (SELECT id FROM "ServiceCategory" WHERE code = 'ENVIRONMENT'),
    a AS (
      INSERT INTO "Activity" (id, "communityId", "categoryId", title, place, "startsAt", "endsAt", "signupDeadline", capacity, hours, status, "updatedAt")
      SELECT gen_random_uuid(), c.id, cat.id, '故障测试服务' || g, '社区', make_timestamptz(${year}, g * 3, 10, 9, 0, 0, 'Asia/Shanghai'),
        make_timestamptz(${year}, g * 3, 10, 11, 0, 0, 'Asia/Shanghai'), make_timestamptz(${year}, g * 3, 9, 9, 0, 0, 'Asia/Shanghai'),
        2000, 2, 'PUBLISHED', now()
      FROM c, cat, generate_series(1, 3) g RETURNING id, "communityId"),
    m AS (
      INSERT INTO "Member" (id, "communityId", name, phone, status, "employerName", "employerBranch", "verifiedAt", "updatedAt", skills, interests, availability)
      SELECT gen_random_uuid(), c.id, '感谢' || g, '187' || lpad(g::text, 8, '0'), 'ACTIVE', '故障测试公司', '故障测试公司党支部', now(), now(), '{}', '{}', '{}'
      FROM c, generate_series(1, ${LETTERS}) g RETURNING id, "communityId")
    INSERT INTO "ActivityRecord" ("activityId", "memberId", "communityId", status, hours, points, "confirmedAt")
    SELECT a.id, m.id, m."communityId", 'CONFIRMED', 2, 0, now() FROM a CROSS JOIN m`);
}

async function lettersScenario(ctx) {
  const { client, restart } = ctx;
  let app = ctx.app;
  const year = new Date().getFullYear() - 1;
  await letterData(client, year);
  const path = `/community/letters?year=${year}`;
  const generate = actionId(LETTER_ACTIONS, "generateLettersAction");
  const generating = callAction(app, ctx.secretary, path, generate, { year: String(year) }).catch(() => null);
  figures.lettersKilledMidStatement = await killDuring(client, ctx.database, app, '"ThankYouLetter"|"AuditEvent"');
  await generating;
  app = await restart();
  const letters = async () =>
    (
      await client.query(
        `SELECT count(*)::int AS n, count(DISTINCT "memberId")::int AS members FROM "ThankYouLetter" WHERE year = $1 AND "employerName" = '故障测试公司'`,
        [year],
      )
    ).rows[0];
  const afterKill = await letters();
  check("letters killed mid-batch: all or none", afterKill.n === 0 || afterKill.n === LETTERS, JSON.stringify(afterKill));
  const t0 = Date.now();
  const again = await callAction(app, ctx.secretary, path, actionId(LETTER_ACTIONS, "generateLettersAction"), {
    year: String(year),
  });
  figures.generateLettersHttpS = seconds(Date.now() - t0);
  const final = await letters();
  check(
    "one letter per member and year after the restart",
    final.n === LETTERS && final.members === LETTERS,
    `${JSON.stringify(final)} ${again.status}`,
  );

  // all of them as one PDF, drawn in the background: killed a third of the way, taken up again
  const start = actionId(LETTER_ACTIONS, "startLetterPdfJobAction");
  const started = await callAction(app, ctx.secretary, path, start, { year: String(year) });
  const jobId = /"id":"([0-9a-f-]{36})"/.exec(started.text)?.[1];
  check("the PDF job was queued", !!jobId, started.text.slice(0, 200));
  const job = async () =>
    (await client.query(`SELECT status::text, done, total, attempts, "fileSize" FROM "LetterPdfJob" WHERE id = $1`, [jobId]))
      .rows[0];
  const firstStart = Date.now();
  let state = await job();
  while (state.status !== "DONE" && state.done < state.total / 3) {
    await new Promise((r) => setTimeout(r, 200));
    state = await job();
  }
  figures.pdfFirstRunLettersPerSecond = Math.round((state.done / (Date.now() - firstStart)) * 10000) / 10;
  await app.kill();
  figures.pdfKilledAt = `${state.done}/${state.total} (${state.status})`;
  app = await restart();
  // the letters page polls the job's progress: a job whose heartbeat stopped is taken up again
  const resumedAt = Date.now();
  for (;;) {
    const response = await fetch(`${app.baseUrl}/community/letters/pdf-jobs/${jobId}`, { headers: { cookie: ctx.secretary } });
    const body = response.ok ? await response.json() : null;
    if (body?.status === "DONE" || body?.status === "FAILED" || Date.now() - resumedAt > 600_000) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  state = await job();
  figures.pdfResumedRunS = seconds(Date.now() - resumedAt);
  figures.pdfSizeMb = Math.round(((state.fileSize ?? 0) / 1024 / 1024) * 10) / 10;
  check(
    "the PDF job was taken up after the restart and finished",
    state.status === "DONE" && state.attempts === 2,
    JSON.stringify(state),
  );
  const file = await fetch(`${app.baseUrl}/community/letters/pdf-jobs/${jobId}/file`, { headers: { cookie: ctx.secretary } });
  const pdf = Buffer.from(await file.arrayBuffer());
  const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
  check(
    "the downloaded PDF is whole: one page or more per letter",
    pdf.subarray(0, 5).toString() === "%PDF-" && pages >= LETTERS,
    `${pages} pages`,
  );
  return app;
}

/** Members with accounts (the demo member's password) and an activity of 30 places. */
async function stormData(client) {
  const { rows } = await client.query(`
    WITH c AS (SELECT id FROM "Organization" WHERE name = '东湖社区' AND kind = 'COMMUNITY' LIMIT 1),
    h AS (SELECT "passwordHash" FROM "User" WHERE phone = '13900000003'),
    u AS (
      INSERT INTO "User" (id, phone, name, "passwordHash", "updatedAt")
      SELECT gen_random_uuid(), '188' || lpad(g::text, 8, '0'), '报名' || g, h."passwordHash", now() FROM h, generate_series(1, ${STORM.members}) g
      RETURNING id, phone, name),
    g AS (INSERT INTO "RoleGrant" (id, "userId", role, "organizationId") SELECT gen_random_uuid(), u.id, 'MEMBER', c.id FROM u, c),
    m AS (
      INSERT INTO "Member" (id, "communityId", "userId", name, phone, status, "verifiedAt", "updatedAt", skills, interests, availability)
      SELECT gen_random_uuid(), c.id, u.id, u.name, u.phone, 'ACTIVE', now(), now(), '{}', '{}', '{}' FROM u, c)
    INSERT INTO "Activity" (id, "communityId", "categoryId", title, place, "startsAt", "endsAt", "signupDeadline", capacity, points, hours, status, "publishedAt", "updatedAt")
    SELECT gen_random_uuid(), c.id, (SELECT id FROM "ServiceCategory" WHERE code = 'SECURITY'), '故障测试巡逻', '社区',
      now() + interval '2 days', now() + interval '2 days 2 hours', now() + interval '1 day', ${STORM.capacity}, 4, 2, 'PUBLISHED', now(), now()
    FROM c RETURNING id`);
  return rows[0].id;
}

async function stormScenario(ctx) {
  const { client, restart } = ctx;
  let app = ctx.app;
  const activityId = await stormData(client);
  const cookies = [];
  for (let i = 1; i <= STORM.members; i++) {
    const phone = `188${String(i).padStart(8, "0")}`;
    const session = await signIn(app.baseUrl, { phone, password: PASSWORD });
    cookies.push(`authjs.session-token=${session}; active_grant=${await grantId(client, { phone, role: "MEMBER" })}`);
  }
  const path = `/me/activities/${activityId}`;
  const signUp = actionId("app/(member)/me/activities/[id]/actions.ts", "signUpAction");
  let answered = 0;
  let settled = 0;
  const storm = cookies.map((cookie) =>
    callAction(app, cookie, path, signUp, { activityId })
      .then(
        () => (answered += 1),
        () => null,
      )
      .finally(() => (settled += 1)),
  );
  while (answered < STORM.members / 4 && settled < STORM.members) await new Promise((r) => setTimeout(r, 5));
  await app.kill();
  await Promise.all(storm);
  figures.stormAnsweredBeforeKill = answered;
  app = await restart();
  const places = async () =>
    (
      await client.query(
        `SELECT a."confirmedCount" AS counter, a.capacity, count(s.*) FILTER (WHERE s.status = 'CONFIRMED')::int AS confirmed,
           count(s.*) FILTER (WHERE s.status = 'WAITLISTED')::int AS waitlisted, count(DISTINCT s."memberId")::int AS members, count(s.*)::int AS signups
         FROM "Activity" a LEFT JOIN "Signup" s ON s."activityId" = a.id WHERE a.id = $1 GROUP BY a.id`,
        [activityId],
      )
    ).rows[0];
  const afterKill = await places();
  check(
    "storm killed: confirmed ≤ capacity, the counter equals the confirmed sign-ups, one sign-up per member",
    afterKill.confirmed <= afterKill.capacity &&
      afterKill.counter === afterKill.confirmed &&
      afterKill.members === afterKill.signups,
    JSON.stringify(afterKill),
  );
  // the rest try again after the restart
  await Promise.all(cookies.map((cookie) => callAction(app, cookie, path, signUp, { activityId }).catch(() => null)));
  const final = await places();
  check(
    "after everyone retried: 30 confirmed, 10 waitlisted, counter equal",
    final.confirmed === STORM.capacity &&
      final.waitlisted === STORM.members - STORM.capacity &&
      final.counter === final.confirmed,
    JSON.stringify(final),
  );

  // attendance of the 30 confirmed, killed while the points are credited
  await client.query(
    `UPDATE "Activity" SET "startsAt" = now() - interval '1 hour', "signupDeadline" = now() - interval '2 hours', "endsAt" = now() + interval '1 hour' WHERE id = $1`,
    [activityId],
  );
  const confirmedIds = (
    await client.query(`SELECT "memberId" FROM "Signup" WHERE "activityId" = $1 AND status = 'CONFIRMED'`, [activityId])
  ).rows.map((r) => r.memberId);
  const page = `/community/activities/${activityId}`;
  const attendance = actionId("app/(community)/community/activities/actions.ts", "confirmAttendanceAction");
  const confirming = callAction(app, ctx.secretary, page, attendance, {
    activityId,
    hours: "2",
    signedUp: confirmedIds,
    attended: confirmedIds,
  }).catch(() => null);
  figures.attendanceKilledMidStatement = await killDuring(client, ctx.database, app, '"PointsEntry"|"ActivityRecord"');
  await confirming;
  app = await restart();
  const { rows } = await client.query(
    `SELECT
       (SELECT count(*)::int FROM "ActivityRecord" r WHERE r."activityId" = $1 AND r.status = 'CONFIRMED') AS records,
       (SELECT count(*)::int FROM "PointsEntry" p WHERE p."activityId" = $1 AND p.kind = 'EARN') AS earn,
       (SELECT count(*)::int FROM "ActivityRecord" r WHERE r."activityId" = $1 AND r.status = 'CONFIRMED'
          AND (SELECT count(*) FROM "PointsEntry" p WHERE p."recordId" = r.id AND p.amount = r.points) <> 1) AS uncredited,
       (SELECT count(*)::int FROM (SELECT "memberId", sum(amount) s FROM "PointsEntry" GROUP BY 1) b WHERE b.s < 0) AS negative`,
    [activityId],
  );
  check(
    "attendance killed mid-confirm: every confirmed record credited exactly once, no balance below zero",
    rows[0].records === rows[0].earn &&
      rows[0].uncredited === 0 &&
      rows[0].negative === 0 &&
      [0, STORM.capacity].includes(rows[0].records),
    JSON.stringify(rows[0]),
  );
  return app;
}

// ---------------------------------------------------------------- main

let embedded;
let app;
try {
  let base = process.env.DATABASE_URL;
  if (!base) {
    embedded = await startEmbeddedPostgres({
      dataDir: ".data/faults-pg",
      port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330) + 2,
      log,
    });
    base = embedded.url("portal");
  }
  const url = withDatabase(base, `${databaseName(base)}_faults`);
  await recreateDatabase(url);
  migrateDeploy(url);
  run("node_modules/.bin/tsx", ["prisma/seed.ts"], { DATABASE_URL: url }, { quiet: true });
  if (needsBuild()) {
    log("building the app…");
    run("node_modules/.bin/next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" }, { quiet: true });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const env = { AUTH_SECRET };
  const start = async () => {
    const t0 = Date.now();
    app = await startApp({ databaseUrl: url, env });
    figures.restartToHealthyS = seconds(Date.now() - t0);
    return app;
  };
  await start();
  const secretarySession = await signIn(app.baseUrl, { phone: SECRETARY, password: PASSWORD });
  const secretary = `authjs.session-token=${secretarySession}; active_grant=${await grantId(client, { phone: SECRETARY, role: "SECRETARY" })}`;
  const ctx = {
    client,
    database: databaseName(url),
    secretary,
    restart: start,
    get app() {
      return app;
    },
  };
  const t0 = Date.now();
  log("scenario 1: a 5,000-row roster import, killed while it is confirmed");
  await importScenario(ctx);
  log(`scenario 2: ${LETTERS} letters of thanks, killed while they are written, then while drawn into one PDF`);
  await lettersScenario(ctx);
  log(`scenario 3: ${STORM.members} members signing up for ${STORM.capacity} places, killed mid-storm; then attendance`);
  await stormScenario(ctx);
  figures.totalS = seconds(Date.now() - t0);
  await client.end();
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
  if (app) console.error(app.output().slice(-4000));
} finally {
  await app?.stop();
  if (embedded) await embedded.stop();
}
log(`figures: ${JSON.stringify(figures)}`);
if (process.env.FAULTS_RESULT) writeFileSync(process.env.FAULTS_RESULT, JSON.stringify({ figures, failures }, null, 2));
log(failures.length ? `FAILED: ${failures.length}` : "all invariants held");
console.log(`${failures.length ? 0 : 1} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
