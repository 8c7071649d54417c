// The three measuring phases of a run: capture (which statements each page sends, and whether the
// route exists), HTTP load against a clean server, and the database floors.
import { rmSync } from "node:fs";
import path from "node:path";
import { grantId, roleCookie, signIn } from "./auth.mjs";
import { capturePage, dbFloor, slowest, toWaves } from "./floor.mjs";
import { loadTest, waitForQuiet } from "./load.mjs";
import { FRAMEWORK_FLOOR, PAGES, ROLES, SERVER_FLOOR } from "./pages.mjs";
import { startServer, staticAssetPath } from "./server.mjs";

const CAPTURE_FILE = path.join("bench", "results", ".capture.jsonl");

/** Signs in once per role (real next-auth callback) and picks the role's grant. */
async function signInRoles({ baseUrl, client, manifest, log }) {
  const cookies = {};
  for (const [key, spec] of Object.entries(ROLES)) {
    const phone = manifest.accounts[key];
    const session = await signIn(baseUrl, { phone, password: manifest.password });
    const grant = await grantId(client, { phone, role: spec.role, organizationId: spec.org(manifest) });
    cookies[key] = roleCookie(session, grant);
  }
  log(`signed in as ${Object.keys(cookies).join(", ")}`);
  return cookies;
}

/** Phase 1: a server with the pg capture hook; every page is rendered warm once and its SQL kept. */
export async function capturePhase({ databaseUrl, client, manifest, log, only }) {
  rmSync(CAPTURE_FILE, { force: true });
  const server = await startServer({
    databaseUrl,
    log,
    preload: "scripts/bench/lib/pg-capture.mjs",
    extraEnv: { BENCH_CAPTURE_FILE: path.resolve(CAPTURE_FILE) },
  });
  try {
    const cookies = await signInRoles({ baseUrl: server.baseUrl, client, manifest, log });
    const pages = [];
    for (const page of PAGES.filter((p) => !only || only.includes(p.key))) {
      const captured = await capturePage({
        baseUrl: server.baseUrl,
        path: page.path,
        cookie: cookies[page.role],
        captureFile: CAPTURE_FILE,
      });
      const entry = { ...page, httpStatus: captured.status, bytes: captured.bytes ?? 0, statements: captured.statements.length };
      if (captured.status === 404) pages.push({ ...entry, status: "n/a" });
      else if (captured.status !== 200) pages.push({ ...entry, status: "error", note: `HTTP ${captured.status}` });
      else {
        const times = captured.statements.map((st) => ({
          ms: Math.round((st.t1 - st.t0) * 10) / 10,
          sql: st.text.replace(/\s+/g, " ").trim().slice(0, 160),
        }));
        pages.push({
          ...entry,
          status: "ok",
          waves: toWaves(captured.statements),
          slow: slowest(captured.statements),
          statementTimes: times.sort((a, b) => b.ms - a.ms),
        });
      }
      log(`${page.key}: HTTP ${captured.status}, ${captured.statements.length} statements`);
    }
    const login = await capturePage({ baseUrl: server.baseUrl, path: FRAMEWORK_FLOOR.path, captureFile: CAPTURE_FILE });
    if (login.statements.length)
      log(`warning: ${FRAMEWORK_FLOOR.path} sent ${login.statements.length} statements; it is not DB-free any more`);
    return { cookies, pages, loginStatements: login.statements.length, loginBytes: login.bytes ?? 0 };
  } finally {
    await server.stop();
    rmSync(CAPTURE_FILE, { force: true });
  }
}

/** Phase 2: a clean server (no hook); floors first, then each existing page under load. */
export async function loadPhase({ databaseUrl, cookies, pages, settings, log }) {
  const server = await startServer({
    databaseUrl,
    log,
    processes: settings.processes,
    extraEnv: { DATABASE_POOL_SIZE: String(settings.poolSize) },
  });
  try {
    const opts = { connections: settings.connections, duration: settings.duration, warmup: settings.warmup, rss: server.rss };
    await waitForQuiet(settings.quietBelow, log);
    const framework = { ...FRAMEWORK_FLOOR, load: await loadTest({ url: `${server.baseUrl}${FRAMEWORK_FLOOR.path}`, ...opts }) };
    log(`framework floor ${FRAMEWORK_FLOOR.path}: p95 ${framework.load.p95} ms, ${framework.load.rps} req/s`);
    const asset = staticAssetPath();
    const serverFloor = { ...SERVER_FLOOR, path: asset, load: await loadTest({ url: `${server.baseUrl}${asset}`, ...opts }) };
    log(`server floor (static chunk): p95 ${serverFloor.load.p95} ms, ${serverFloor.load.rps} req/s`);
    for (const page of pages) {
      if (page.status !== "ok") continue;
      await waitForQuiet(settings.quietBelow, log);
      page.load = await loadTest({ url: `${server.baseUrl}${page.path}`, cookie: cookies[page.role], ...opts });
      log(
        `${page.key}: p50 ${page.load.p50} / p95 ${page.load.p95} / p99 ${page.load.p99} ms, ${page.load.rps} req/s, ${page.load.errors} errors, ` +
          `${page.load.cpuMsPerRequest} ms CPU/req, peak RSS ${page.load.peakRssMb} MB, load avg ${page.load.loadavg}`,
      );
    }
    // the framework floor once more at the end: if the machine got busier meanwhile, it shows
    await waitForQuiet(settings.quietBelow, log);
    const frameworkEnd = await loadTest({ url: `${server.baseUrl}${FRAMEWORK_FLOOR.path}`, ...opts });
    log(`framework floor again: p95 ${frameworkEnd.p95} ms (was ${framework.load.p95} ms at the start)`);
    framework.loadEnd = frameworkEnd;
    framework.p95 = Math.round(((framework.load.p95 + frameworkEnd.p95) / 2) * 10) / 10;
    return { framework, server: serverFloor, peakRssMb: server.rss.overallMb() };
  } finally {
    await server.stop();
  }
}

/**
 * Phase 2b: what the extra app processes buy. The framework floor and the member home under the
 * same load on one `next start`, beside their req/s on the supervised server of phase 2.
 */
export async function throughputPhase({ databaseUrl, cookies, pages, framework, settings, log }) {
  const memberHome = pages.find((p) => p.key === "memberHome" && p.load);
  const server = await startServer({ databaseUrl, log, extraEnv: { DATABASE_POOL_SIZE: String(settings.poolSize) } });
  try {
    const opts = { connections: settings.connections, duration: settings.duration, warmup: settings.warmup, rss: server.rss };
    await waitForQuiet(settings.quietBelow, log);
    const single = { framework: await loadTest({ url: `${server.baseUrl}${FRAMEWORK_FLOOR.path}`, ...opts }) };
    if (memberHome) {
      await waitForQuiet(settings.quietBelow, log);
      single.memberHome = await loadTest({
        url: `${server.baseUrl}${memberHome.path}`,
        cookie: cookies[memberHome.role],
        ...opts,
      });
    }
    const ratio = (many, one) => (many && one ? Math.round((many / one) * 100) / 100 : null);
    const result = {
      processes: settings.processes,
      framework: {
        single: single.framework.rps,
        cluster: framework.load.rps,
        ratio: ratio(framework.load.rps, single.framework.rps),
      },
      memberHome: memberHome && {
        single: single.memberHome.rps,
        cluster: memberHome.load.rps,
        ratio: ratio(memberHome.load.rps, single.memberHome.rps),
        singleP95: single.memberHome.p95,
      },
    };
    log(`throughput, ${settings.processes} processes vs one: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await server.stop();
  }
}

/** Phase 3: the same statements with `pg` only, same concurrency and pool. */
export async function floorPhase({ databaseUrl, pages, framework, settings, log }) {
  for (const page of pages) {
    if (page.status !== "ok") continue;
    await waitForQuiet(settings.quietBelow, log);
    page.dbFloor = await dbFloor({
      databaseUrl,
      waves: page.waves,
      connections: settings.connections,
      duration: settings.floorDuration,
      poolSize: settings.poolSize,
    });
    page.ratio = page.load.p95 / (page.dbFloor.p95 + framework.p95);
    log(`${page.key}: DB floor p95 ${page.dbFloor.p95} ms (${page.waves.length} waves) → ratio ${page.ratio.toFixed(2)}×`);
  }
}

/** EXPLAIN ANALYZE of the slowest captured statements of each page that missed a target. */
export async function explainSlowPages({ client, pages, isMiss }) {
  for (const page of pages) {
    if (page.status !== "ok" || !isMiss(page)) continue;
    page.explain = [];
    for (const s of page.slow) {
      if (/\b(INSERT|UPDATE|DELETE)\b/i.test(s.text)) continue; // never run a write twice
      try {
        const { rows } = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, values: s.values });
        page.explain.push({ ...s, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
      } catch (error) {
        page.explain.push({ ...s, plan: `EXPLAIN failed: ${error.message}` });
      }
    }
  }
}
