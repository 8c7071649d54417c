import type { Instrumentation } from "next";
import { env } from "./lib/env";

/**
 * Called once when a Next.js server instance starts. Starts the in-process job scheduler
 * (docs/decisions/004-scheduled-jobs.md) in the Node.js runtime only, unless JOBS_DISABLED=1.
 * Never throws: a problem with the jobs must not keep the site from serving.
 */
export async function register() {
  if (env().NEXT_RUNTIME === "nodejs") await pinClientAddresses();
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

/**
 * Every request's X-Forwarded-For is made trustworthy before Next.js reads it (see
 * `pinClientAddress`): the HTTP server's "request" event is the only place that still knows the
 * connection's address. Installed once per process.
 */
async function pinClientAddresses() {
  const { Server } = await import("node:http");
  const { pinClientAddress } = await import("./lib/auth/client-address");
  const trusted = env().TRUSTED_PROXY;
  const marked = Server.prototype as typeof Server.prototype & { clientAddressPinned?: boolean };
  if (marked.clientAddressPinned) return;
  marked.clientAddressPinned = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: InstanceType<typeof Server>, event: string | symbol, ...args: unknown[]) {
    if (event === "request") pinClientAddress(args[0] as Parameters<typeof pinClientAddress>[0], trusted);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
