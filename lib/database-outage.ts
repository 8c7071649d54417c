// Telling "the database cannot be reached" apart from bugs, and remembering it for a moment so the
// proxy answers the next pages with a maintenance page (HTTP 503) instead of rendering them to fail.
// The state is per process (several app instances each learn it themselves).

/** Set by the proxy on every request: the path and query, for a page to send the browser back to. */
export const REQUEST_PATH_HEADER = "x-request-path";

/** Seconds a client is asked to wait before trying again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 10;

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_CODES = new Set([
  // Prisma: can't reach, timed out, server closed the connection, pool timeout
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  // PostgreSQL: shutting down, crash, starting up; connection exceptions; too many connections
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|Can't reach database server|timeout exceeded when trying to connect|Connection refused|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection due to administrator command/i;

/** True when the error (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    errors?: unknown;
    originalCode?: unknown;
    /** Auth.js wraps what its callbacks threw as `cause.err` */
    err?: unknown;
  };
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (e.kind === "postgres" && typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && UNREACHABLE_CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && UNREACHABLE_MESSAGES.test(e.message)) return true;
  const nested = [e.cause, e.err, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

type OutageState = { downSince: number | null; checkedAt: number };
const state: OutageState = ((globalThis as { __databaseOutage?: OutageState }).__databaseOutage ??= {
  downSince: null,
  checkedAt: 0,
});

/** Called wherever a query failed for want of a database (action wrapper, pages, health check). */
export function markDatabaseDown(now = Date.now()) {
  state.downSince ??= now;
  state.checkedAt = now;
}

export function markDatabaseUp() {
  state.downSince = null;
}

/** While the database is known to be down: when it was last seen down (null when it is not). */
export function databaseOutage(): { downSince: number; checkedAt: number } | null {
  return state.downSince === null ? null : { downSince: state.downSince, checkedAt: state.checkedAt };
}

/** Thrown where a page cannot go on without the database; the error page shows the maintenance text. */
export class DatabaseUnavailableError extends Error {
  readonly digest = "DATABASE_UNAVAILABLE";
  constructor(cause?: unknown) {
    super("database unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}
