#!/usr/bin/env node
// `npm run bench [-- --scale street|district|tiny --duration 10 --connections 10 --only roster,memberHome
//   --skip-jobs --skip-storm-http --storm-size 500 --skip-district --force-build --profile --quiet-below 2.5]`: production build in
// .next-bench, pages under load beside their floors, the sign-up storm and the batch jobs; results in
// bench/results/. See bench/README.md.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import pg from "pg";
import { generate } from "./generate.mjs";
import { parseArgs, log as logger, seconds } from "./lib/args.mjs";
import { capturePhase, explainSlowPages, floorPhase, loadPhase, throughputPhase } from "./lib/measure.mjs";
import { waitForQuiet } from "./lib/load.mjs";
import { profilePages } from "./lib/profile.mjs";
import { pageVerdict, writeResults } from "./lib/report.mjs";
import { readManifest } from "./data/sql-accounts.mjs";
import { ensureBuild, serverPids } from "./lib/server.mjs";
import { httpStormPhase } from "./lib/storm-http.mjs";
import { withDatabase } from "../lib/database.mjs";
import { benchDatabase } from "./lib/target.mjs";

const log = logger("bench");
const options = parseArgs();
const scale = typeof options.scale === "string" ? options.scale : "street";
const settings = {
  connections: Number(options.connections ?? 10),
  duration: Number(options.duration ?? 10),
  floorDuration: Number(options["floor-duration"] ?? options.duration ?? 10),
  warmup: Number(options.warmup ?? 3),
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  // app processes of the measured server, as `npm start` would run them (default one per core)
  processes: Number(options.processes ?? process.env.WEB_CONCURRENCY ?? availableParallelism()),
  quietBelow: options["quiet-below"] ? Number(options["quiet-below"]) : null,
};
const only = typeof options.only === "string" ? options.only.split(",") : null;

const load1 = () => loadavg().map((x) => Math.round(x * 10) / 10);
const git = (...args) => spawnSync("git", args, { encoding: "utf8" }).stdout.trim();

let target;
let client;
let stopping = false;
async function cleanup() {
  await client?.end().catch(() => {});
  await target?.stop();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    // servers run in their own process groups (the terminal's Ctrl-C does not reach them)
    for (const pid of serverPids)
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        /* gone */
      }
    await cleanup();
    process.exit(130);
  });
}

/** The manifest of the bench database, generating the dataset first when it is missing. */
async function datasetManifest() {
  const probe = await benchDatabase({ scale, database: options.database, log });
  let manifest = null;
  try {
    const admin = new pg.Client({ connectionString: withDatabase(probe.url, "postgres") });
    await admin.connect();
    manifest = await readManifest(admin, probe.name).finally(() => admin.end());
  } finally {
    await probe.stop();
  }
  if (manifest?.scale === scale) return manifest;
  log(`no ${scale} dataset in ${probe.name}: generating it first (npm run bench:data -- --scale ${scale})`);
  return (await generate({ scale, database: options.database })).manifest;
}

async function runJobs(manifest) {
  const out = path.join("bench", "results", ".jobs.json");
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1; // the last whole Beijing year
  const started = Date.now();
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/bench/jobs.ts", out], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: target.url,
      DATABASE_POOL_SIZE: String(settings.poolSize),
      BENCH_COMMUNITY_ID: manifest.orgs.community.id,
      BENCH_YEAR: String(year),
      BENCH_SKIP_DISTRICT: options["skip-district"] ? "1" : "0",
      JOBS_DISABLED: "1",
    },
  });
  if (result.status !== 0) return { error: `jobs.ts exited with ${result.status}` };
  const jobs = JSON.parse(readFileSync(out, "utf8"));
  rmSync(out, { force: true });
  log(`jobs done in ${seconds(Date.now() - started)}`);
  return jobs;
}

async function main() {
  const startedAt = new Date().toISOString();
  const loadStart = load1();
  const manifest = await datasetManifest();
  target = await benchDatabase({ scale, database: options.database, log });
  ensureBuild(log, { force: !!options["force-build"] });
  client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const postgres = (await client.query("SHOW server_version")).rows[0].server_version;
  log(
    `dataset ${target.name}: ${manifest.counts.Member.toLocaleString("en")} members, ${manifest.counts.ActivityRecord.toLocaleString("en")} records (generated ${manifest.generatedAt})`,
  );

  const captured = await capturePhase({ databaseUrl: target.url, client, manifest, log, only });
  const floors = await loadPhase({ databaseUrl: target.url, cookies: captured.cookies, pages: captured.pages, settings, log });
  Object.assign(floors.framework, { bytes: captured.loginBytes, statements: captured.loginStatements });
  const throughput =
    settings.processes > 1
      ? await throughputPhase({
          databaseUrl: target.url,
          cookies: captured.cookies,
          pages: captured.pages,
          framework: floors.framework,
          settings,
          log,
        })
      : null;
  await floorPhase({ databaseUrl: target.url, pages: captured.pages, framework: floors.framework, settings, log });
  await explainSlowPages({ client, pages: captured.pages, isMiss: (page) => !pageVerdict(page).ok });
  if (options.profile)
    await profilePages({ databaseUrl: target.url, pages: captured.pages, cookies: captured.cookies, settings, log });

  let stormHttp = null;
  if (!options["skip-jobs"] && !options["skip-storm-http"]) {
    await waitForQuiet(settings.quietBelow, log);
    stormHttp = await httpStormPhase({
      databaseUrl: target.url,
      client,
      manifest,
      settings,
      log,
      size: Number(options["storm-size"] ?? 500),
    });
  }

  let jobs = null;
  if (!options["skip-jobs"]) {
    await waitForQuiet(settings.quietBelow, log);
    jobs = await runJobs(manifest);
  }
  if (jobs?.storm) jobs.storm.poolSize = settings.poolSize;

  const result = {
    startedAt,
    finishedAt: new Date().toISOString(),
    scale,
    database: target.name,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model?.trim(),
      memGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres,
      commit: git("rev-parse", "--short", "HEAD"),
      dirty: git("status", "--porcelain").length > 0,
      loadStart,
      loadEnd: load1(),
    },
    settings,
    dataset: {
      generatedAt: manifest.generatedAt,
      anchor: manifest.anchor,
      totalMs: manifest.totalMs,
      counts: manifest.counts,
      orgs: manifest.orgs,
      timings: manifest.timings,
    },
    floors: {
      framework: floors.framework,
      server: floors.server,
      peakRssMb: floors.peakRssMb,
      loginStatements: captured.loginStatements,
    },
    pages: captured.pages.map(({ waves, ...page }) => ({ ...page, sql: waves?.map((w) => w.map((s) => s.text)) })),
    throughput,
    storm: jobs?.storm ?? null,
    stormHttp,
    jobs: jobs && { ratings: jobs.ratings, letters: jobs.letters, year: jobs.year, error: jobs.error },
  };
  const files = writeResults(result);
  console.log(`\n${files.summary}`);
  log(`results: ${files.md} and ${files.json}`);
}

main()
  .catch((error) => {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
