// Plain `pg` connections for what the wasm engine cannot do itself: probing a server,
// creating databases, and throwaway shadow databases.
import { randomBytes } from "node:crypto";
import pg from "pg";

const CONNECT_TIMEOUT_MS = 5000;

/** Returns pg client config for `url`, optionally pointed at another database. */
export function clientConfig(url, database) {
  const u = parsePostgresUrl(url);
  if (database !== undefined) u.pathname = `/${encodeURIComponent(database)}`;
  const config = { connectionString: u.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
  // Prisma's `?schema=` parameter means "work in this schema"; pg itself ignores it.
  const schema = u.searchParams.get("schema");
  if (schema) config.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return config;
}

export function parsePostgresUrl(url) {
  if (typeof url !== "string" || !/^postgres(ql)?:\/\//i.test(url)) {
    throw new UserFacingError(
      "P1013",
      "The provided database string is invalid. This engine stand-in only supports `postgresql://` URLs.",
    );
  }
  try {
    return new URL(url);
  } catch {
    throw new UserFacingError("P1013", "The provided database string is invalid.");
  }
}

export function databaseName(url) {
  const name = decodeURIComponent(parsePostgresUrl(url).pathname.replace(/^\//, ""));
  return name || decodeURIComponent(parsePostgresUrl(url).username) || "postgres";
}

/** An error the CLI shows with its Prisma error code (P1001, P3006, …). */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** Maps pg / socket errors to the user-facing errors the native engine would report. */
export function toUserFacing(error, url) {
  if (error instanceof UserFacingError) return error;
  const u = safeUrl(url);
  const host = u?.hostname || "localhost";
  const port = u?.port || "5432";
  const user = decodeURIComponent(u?.username || "postgres");
  const db = u ? databaseName(url) : "";
  switch (error?.code) {
    case "3D000":
      return new UserFacingError("P1003", `Database \`${db}\` does not exist on the database server at \`${host}:${port}\`.`);
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}:${port}\`.`,
      );
    case "42501":
      return new UserFacingError("P1010", `User \`${user}\` was denied access on the database \`${db}\``);
    case "42P04":
      return new UserFacingError("P1009", `Database \`${db}\` already exists on the database server at \`${host}:${port}\``);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "ECONNRESET":
      return unreachable(host, port);
  }
  if (/timeout/i.test(error?.message ?? "")) return unreachable(host, port);
  return error instanceof Error ? error : new Error(String(error));
}

function unreachable(host, port) {
  return new UserFacingError(
    "P1001",
    `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
  );
}

function safeUrl(url) {
  try {
    return parsePostgresUrl(url);
  } catch {
    return null;
  }
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  // A server-side disconnect would otherwise crash the process with an unhandled 'error'.
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `fn` on a connection to the server's maintenance database, like the native engine. */
async function withAdminClient(url, fn) {
  try {
    return await withClient(clientConfig(url, "postgres"), fn);
  } catch (error) {
    if (error?.code !== "3D000") throw error;
    return await withClient(clientConfig(url, "template1"), fn);
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

export async function canConnect(url) {
  try {
    await withClient(clientConfig(url), (c) => c.query("SELECT 1"));
  } catch (error) {
    throw toUserFacing(error, url);
  }
}

export async function createDatabase(url) {
  const name = databaseName(url);
  try {
    await withAdminClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (error) {
    throw toUserFacing(error, url);
  }
  return name;
}

/** Creates an empty, uniquely named database next to `url`'s; returns its name. */
export async function createShadowDatabase(url) {
  const name = `prisma_shadow_${randomBytes(8).toString("hex")}`;
  try {
    await withAdminClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (error) {
    if (error?.code !== "42501") throw toUserFacing(error, url);
    throw new Error(
      `Prisma Migrate could not create the shadow database: ${error.message}. ` +
        "Give the database user the CREATEDB privilege, or set `datasource.shadowDatabaseUrl` in prisma.config.ts. " +
        "Read more about the shadow database: https://pris.ly/d/migrate-shadow",
    );
  }
  return name;
}

export async function dropDatabase(url, name) {
  // WITH (FORCE) (PostgreSQL 13+) ends sessions a pool may still hold open.
  await withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Empties a user-provided shadow database, as the native engine does before using it. */
export async function wipeDatabase(url) {
  await withClient(clientConfig(url), async (c) => {
    const { rows } = await c.query(
      `SELECT nspname FROM pg_namespace
        WHERE nspname NOT IN ('information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_%'`,
    );
    for (const { nspname } of rows) await c.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
    await c.query(`CREATE SCHEMA IF NOT EXISTS "public"`);
  });
}
