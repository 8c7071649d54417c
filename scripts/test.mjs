#!/usr/bin/env node
// `npm test`: unit, integration (real PostgreSQL), browser e2e and the security fuzz
// (tests/security, against the production build), in that order; non-zero on any failure. Uses
// the server in DATABASE_URL when set (creating its own `<name>_it` / `<name>_e2e` / `<name>_fuzz`
// databases beside the given one, so the given database is never wiped), else an embedded one.
import { spawnSync } from "node:child_process";
import { copyDatabase, recreateDatabase, migrateDeploy, run, withDatabase, databaseName } from "./lib/database.mjs";
import { needsBuild } from "./lib/build.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";

const PHASES = ["unit", "integration", "e2e", "security"];
const requested = process.argv.slice(2);
const phases = requested.length ? requested : PHASES;
for (const phase of phases) if (!PHASES.includes(phase)) throw new Error(`unknown test phase: ${phase}`);

const log = (message) => console.log(`[test] ${message}`);
const AUTH_SECRET = "test-secret-for-automated-tests-only-0123456789";

let embedded;
async function databaseFor(suffix) {
  let base = process.env.DATABASE_URL;
  if (!base) {
    embedded ??= await startEmbeddedPostgres({
      dataDir: ".data/test-pg",
      port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330),
      log,
    });
    base = embedded.url("portal");
  }
  const url = withDatabase(base, `${databaseName(base)}_${suffix}`);
  await recreateDatabase(url);
  migrateDeploy(url);
  return url;
}

function step(name, command, args, env) {
  log(`${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, AUTH_SECRET, ...env } });
  return result.status === 0;
}

const results = [];
try {
  const vitestProjects = phases.filter((p) => p === "unit" || p === "integration");
  if (vitestProjects.length) {
    const env = vitestProjects.includes("integration") ? { DATABASE_URL: await databaseFor("it") } : {};
    const args = ["run", ...vitestProjects.flatMap((p) => ["--project", p])];
    results.push([vitestProjects.join(" + "), step("vitest", "node_modules/.bin/vitest", args, env)]);
  }
  // both run the production build on a freshly seeded database (the fuzz on a copy made before e2e writes to it)
  const built = phases.filter((p) => p === "e2e" || p === "security");
  if (built.length) {
    const url = await databaseFor(built[0] === "e2e" ? "e2e" : "fuzz");
    run("node_modules/.bin/tsx", ["prisma/seed.ts"], { DATABASE_URL: url });
    let fuzzUrl = url;
    if (built.length === 2) {
      fuzzUrl = withDatabase(url, databaseName(url).replace(/_e2e$/, "_fuzz"));
      await copyDatabase(url, fuzzUrl);
    }
    if (needsBuild()) run("node_modules/.bin/next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
    if (phases.includes("e2e")) {
      results.push([
        "e2e",
        step("playwright", "node_modules/.bin/playwright", ["test"], { DATABASE_URL: url, NODE_ENV: "production" }),
      ]);
    }
    if (phases.includes("security")) {
      results.push(["security", step("fuzz", process.execPath, ["tests/security/fuzz.mjs"], { DATABASE_URL: fuzzUrl })]);
    }
  }
} finally {
  if (embedded) await embedded.stop();
}

const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
log(failed.length ? `FAILED: ${failed.join(", ")}` : `all green: ${results.map(([n]) => n).join(", ")}`);
process.exit(failed.length ? 1 : 0);
