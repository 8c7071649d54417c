// Creating databases and applying migrations, shared by start, test and bench scripts.
import { spawnSync } from "node:child_process";
import pg from "pg";

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

async function admin(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

export async function ensureDatabase(url) {
  const name = databaseName(url);
  await admin(url, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quote(name)}`);
  });
}

/** Drops and creates: only ever called on databases the scripts name themselves (tests, bench). */
export async function recreateDatabase(url) {
  const name = databaseName(url);
  await admin(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quote(name)}`);
  });
}

/** Drops `url`'s database and creates it as a copy of `templateUrl`'s (which nobody may be connected to). */
export async function copyDatabase(templateUrl, url) {
  await admin(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(databaseName(url))} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quote(databaseName(url))} TEMPLATE ${quote(databaseName(templateUrl))}`);
  });
}

export async function dropDatabase(url) {
  await admin(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(databaseName(url))} WITH (FORCE)`));
}

export function run(command, args, env = {}, options = {}) {
  const result = spawnSync(command, args, { stdio: options.quiet ? "pipe" : "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    if (options.quiet) process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
  }
  return result;
}

export function migrateDeploy(url) {
  run("node_modules/.bin/prisma", ["migrate", "deploy"], { DATABASE_URL: url }, { quiet: true });
}

export async function isSeeded(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "Organization" WHERE kind = 'STREET') AS seeded`);
    return rows[0].seeded;
  } finally {
    await client.end();
  }
}
