import { isDatabaseUnavailable, markDatabaseDown, markDatabaseUp } from "./database-outage.ts";
import { db } from "./db.ts";

export async function checkHealth() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    markDatabaseUp();
    return { status: "ok" as const, database: "up" as const, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (isDatabaseUnavailable(error)) markDatabaseDown();
    console.error(
      "health check: database unreachable:",
      error instanceof Error ? error.message.trim().split("\n").at(-1) : error,
    );
    return { status: "degraded" as const, database: "down" as const };
  }
}
