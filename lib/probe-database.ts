import pg from "pg";
import { env } from "./env.ts";

/**
 * One short connection and `SELECT 1`, outside the app's pool, for the proxy to learn whether the
 * database is back (the pool's own connections may all be gone).
 */
export async function probeDatabase(timeoutMs = 2000): Promise<boolean> {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}
