// Turns engine failures into the JSON-RPC errors the Prisma CLI expects from the native engine.
import { toUserFacing } from "./pg-admin.mjs";
import { isPanic, lastPanic } from "./wasm-engine.mjs";

const MIGRATION_FAILED =
  "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
  "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve";

/**
 * The engine only sees summaries of what went wrong below it: "External error id#0" for a
 * JavaScript error in the adapter, "external connector error" plus e.g. "Unique constraint
 * failed" for a PostgreSQL error. Put the underlying error back into the message.
 *
 * @param {string} method the JSON-RPC method that failed
 * @param {Error} error what the engine threw
 * @param {{ dbError?: object, jsError?: Error, url?: string }} context the captured causes
 */
export function explainError(method, error, { dbError, jsError, url }) {
  if (isPanic(error)) return error;
  const message = String(error?.message ?? error);
  if (jsError && /External error id#\d+/.test(message)) {
    const summary = message.split("\n")[0].replace(/:?\s*$/, "");
    const text = `${summary}: ${jsError.message}`;
    return Object.assign(new Error(text), { code: error.code ?? jsError.code });
  }
  if (!dbError?.message) return error;

  // Connection failures: the same P1000/P1001/P1003 errors as the one-shot `cli` commands.
  const connectionError = toUserFacing(dbError, url);
  if (!error?.code && ["P1000", "P1001", "P1003"].includes(connectionError.code)) return connectionError;
  if (!message.includes("external connector error")) return error;

  const details = [
    `Database error code: ${dbError.code ?? "N/A"}`,
    "",
    "Database error:",
    `${dbError.severity ?? "ERROR"}: ${dbError.message}`,
    dbError.detail && `DETAIL: ${dbError.detail}`,
    dbError.hint && `HINT: ${dbError.hint}`,
  ].filter((line) => typeof line === "string");
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  if (method === "applyMigrations" && migration && !error.code) {
    const text = `${MIGRATION_FAILED}\n\nMigration name: ${migration}\n\n${details.join("\n")}\n`;
    return Object.assign(new Error(text), { code: "P3018" });
  }
  return Object.assign(new Error(`${message.trimEnd()}\n\n${details.join("\n")}\n`), { code: error.code });
}

/** The JSON-RPC error object for `error`, in the native engine's shape. */
export function errorResponse(id, error) {
  if (isPanic(error)) {
    const message = lastPanic() ?? String(error?.message ?? error);
    const data = { is_panic: true, message, backtrace: error?.stack };
    return { jsonrpc: "2.0", id, error: { code: 4466, message, data } };
  }
  if (error?.rpcCode) return { jsonrpc: "2.0", id, error: { code: error.rpcCode, message: error.message } };
  // The CLI shows `error_code` (when present) above `message`.
  const data = { is_panic: false, message: String(error?.message ?? error), meta: error?.meta ?? null };
  if (typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) data.error_code = error.code;
  const message = "An error happened. Check the data field for details.";
  return { jsonrpc: "2.0", id, error: { code: 4466, message, data } };
}
