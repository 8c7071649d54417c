import { db } from "./db.ts";

export async function checkHealth() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return { status: "ok" as const, database: "up" as const, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("health check: database unreachable", error);
    return { status: "degraded" as const, database: "down" as const };
  }
}
