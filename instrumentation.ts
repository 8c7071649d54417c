import type { Instrumentation } from "next";
import { env } from "./lib/env";

/**
 * Called once when a Next.js server instance starts. Starts the in-process job scheduler
 * (docs/decisions/004-scheduled-jobs.md) in the Node.js runtime only, unless JOBS_DISABLED=1.
 * Never throws: a problem with the jobs must not keep the site from serving.
 */
export async function register() {
  try {
    const { NEXT_RUNTIME, JOBS_DISABLED } = env();
    if (NEXT_RUNTIME !== "nodejs" || JOBS_DISABLED === "1") return;
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  } catch (error) {
    console.error("[jobs] scheduler not started", error);
  }
}

/** Any request that failed for want of a database: the proxy answers the next pages with 503. */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (env().NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseDown } = await import("./lib/database-outage");
  if (isDatabaseUnavailable(error)) markDatabaseDown();
};
