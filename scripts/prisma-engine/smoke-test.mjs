#!/usr/bin/env node
// End-to-end check of the engine stand-in through the real Prisma CLI. Run it after upgrading
// any Prisma package:
//   node scripts/prisma-engine/smoke-test.mjs [postgresql://user:pass@host:port]
// It works in a temporary copy of prisma/schema.prisma and creates and drops its own
// `engine_smoke_*` databases on that server (default: postgresql://postgres@127.0.0.1:5432).
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const server = (process.argv[2] ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
const suffix = Date.now().toString(36);
const dbs = { dev: `engine_smoke_${suffix}_dev`, deploy: `engine_smoke_${suffix}_deploy`, push: `engine_smoke_${suffix}_push` };
const urlOf = (db) => `${server}/${db}`;

const work = mkdtempSync(path.join(tmpdir(), "engine-smoke-"));
mkdirSync(path.join(work, "prisma"));
symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
writeFileSync(path.join(work, "package.json"), '{ "type": "module" }\n');
writeFileSync(
  path.join(work, "prisma.config.ts"),
  `import { defineConfig } from "prisma/config";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(path.join(root, "scripts/prisma-engine/schema-engine.mjs"))};
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
`,
);
const schemaPath = path.join(work, "prisma/schema.prisma");
const projectSchema = path.join(root, "prisma/schema.prisma");
if (existsSync(projectSchema)) cpSync(projectSchema, schemaPath);
else
  writeFileSync(
    schemaPath,
    'datasource db {\n  provider = "postgresql"\n}\n\nmodel Item {\n  id Int @id @default(autoincrement())\n}\n',
  );
const baseSchema = readFileSync(schemaPath, "utf8");
const migrationsDir = path.join(work, "prisma/migrations");
const migrations = () => (existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((d) => /^\d/.test(d)) : []);

const cli = path.join(root, "node_modules/prisma/build/index.js");
let failures = 0;

function prisma(title, args, { db = dbs.dev, url = urlOf(db), expect = 0, match = [] } = {}) {
  const started = performance.now();
  const env = { ...process.env, DATABASE_URL: url, CI: "1" };
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: work, env, encoding: "utf8" });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const output = `${run.stdout}${run.stderr}`;
  const problems = [];
  if (run.status !== expect) problems.push(`exit code ${run.status}, expected ${expect}`);
  for (const re of match) if (!re.test(output)) problems.push(`output does not match ${re}`);
  console.log(`${problems.length ? "FAIL" : "ok  "} ${seconds.padStart(6)}s  ${title}: prisma ${args.join(" ")}`);
  if (problems.length) {
    failures++;
    console.log(`  ${problems.join("\n  ")}\n  --- output ---\n${output.replace(/^/gm, "  | ")}`);
  }
  return output;
}

async function sql(db, text) {
  const client = new pg.Client({ connectionString: urlOf(db) });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function check(title, ok) {
  console.log(`${ok ? "ok  " : "FAIL"}          ${title}`);
  if (!ok) failures++;
}

const extraModel = `
enum SmokeLevel {
  LOW
  HIGH
}

model SmokeItem {
  id      Int        @id @default(autoincrement())
  code    String     @unique @db.VarChar(32)
  level   SmokeLevel @default(LOW)
  data    Json       @default("{}")
  parent  SmokeItem? @relation("SmokeTree", fields: [parentId], references: [id])
  parentId Int?
  children SmokeItem[] @relation("SmokeTree")
  dropMe  String?

  @@index([level, code])
}
`;

try {
  prisma("version", ["--version"], { match: [/schema-engine-cli [0-9a-f]{40}/, /PRISMA_SCHEMA_ENGINE_BINARY/] });
  prisma("generate", ["generate"]);
  prisma("migrate dev creates the missing database", ["migrate", "dev", "--name", "init"], {
    match: [/database .* created/i, /in sync with your schema/],
  });
  writeFileSync(schemaPath, baseSchema + extraModel);
  prisma("migrate dev with schema changes", ["migrate", "dev", "--name", "second"], { match: [/_second/] });
  check(
    "two migration folders with migration.sql",
    migrations().length === 2 && migrations().every((d) => existsSync(path.join(migrationsDir, d, "migration.sql"))),
  );
  prisma("migrate status", ["migrate", "status"], { match: [/up to date/] });

  await sql(dbs.dev, `INSERT INTO "SmokeItem" (code, "dropMe") VALUES ('a', 'keep me')`);
  writeFileSync(schemaPath, baseSchema + extraModel.replace("  dropMe  String?\n", ""));
  prisma("migrate dev with data loss (non-interactive)", ["migrate", "dev", "--name", "lossy"], {
    expect: 1,
    match: [/You are about to drop the column `dropMe`/, /non-interactive/],
  });
  writeFileSync(schemaPath, baseSchema + extraModel);

  prisma("migrate reset", ["migrate", "reset", "--force"], { match: [/reset successful/i] });
  const manual = "29990101000000_manual";
  mkdirSync(path.join(migrationsDir, manual));
  writeFileSync(
    path.join(migrationsDir, manual, "migration.sql"),
    `CREATE FUNCTION smoke_fn() RETURNS text AS $$ BEGIN RETURN 'a;b'; END; $$ LANGUAGE plpgsql;\n`,
  );
  prisma("migrate resolve --applied", ["migrate", "resolve", "--applied", manual], { match: [/marked as applied/] });
  prisma("migrate status after resolve", ["migrate", "status"], { match: [/up to date/] });

  prisma("migrate deploy creates the missing database", ["migrate", "deploy"], {
    db: dbs.deploy,
    match: [/created/, /successfully applied/],
  });
  const fn = await sql(dbs.deploy, `SELECT smoke_fn() AS v`);
  check("scripts with $$ bodies are applied whole", fn[0]?.v === "a;b");
  prisma("migrate deploy again", ["migrate", "deploy"], { db: dbs.deploy, match: [/No pending migrations/] });

  prisma("db push creates the missing database", ["db", "push"], { db: dbs.push, match: [/in sync with your Prisma schema/] });
  prisma(
    "migrate diff without a server",
    ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
    {
      url: "postgresql://nobody@127.0.0.1:1/unreachable",
      match: [/CREATE TABLE "SmokeItem"/],
    },
  );
  prisma(
    "migrate diff from migrations",
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"],
    {
      match: [/DROP FUNCTION|empty migration|smoke_fn/i],
    },
  );
  prisma("db pull --print", ["db", "pull", "--print"], { db: dbs.push, match: [/^model SmokeItem \{/m, /^enum SmokeLevel/m] });
} finally {
  for (const db of Object.values(dbs)) await sql("postgres", `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => {});
  const left = await sql("postgres", `SELECT datname FROM pg_database WHERE datname LIKE 'prisma\\_shadow\\_%'`).catch(() => []);
  check("no shadow databases left behind", left.length === 0);
  rmSync(work, { recursive: true, force: true });
}

console.log(failures ? `\n${failures} check(s) failed` : "\nall checks passed");
process.exit(failures ? 1 : 0);
