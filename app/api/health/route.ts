import { RETRY_AFTER_SECONDS } from "@/lib/database-outage";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  const up = health.database === "up";
  return Response.json(health, {
    status: up ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(up ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) },
  });
}
