// JSON-RPC 2.0 over stdio, the protocol the Prisma CLI speaks with its schema engine:
// one message per line, requests answered one at a time, logs on stderr only.
import { createInterface } from "node:readline";
import { errorResponse, explainError } from "./errors.mjs";
import { createAdapterFactory, createOfflineAdapterFactory, takeDatabaseError } from "./pg-adapter.mjs";
import { createDatabase, databaseName } from "./pg-admin.mjs";
import { isPanic, lastPanic, startEngine } from "./wasm-engine.mjs";

// Methods whose params go to the wasm engine's method of the same name unchanged.
const PASS_THROUGH = new Set([
  "applyMigrations",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

/**
 * @param {{ datamodels: [string, string][], datasource: { url: string, shadowDatabaseUrl?: string },
 *           log: (level: string, message: string, fields?: object) => void }} options
 */
export function serveJsonRpc({ datamodels, datasource, log }) {
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  let adapters = null;
  let enginePromise = null;

  let offlinePromise = null;
  const engineLog = (line) => process.stderr.write(`${line.trimEnd()}\n`);

  function engine() {
    if (!datasource?.url) throw new Error("No datasource URL was passed to the schema engine (--datasource).");
    adapters ??= createAdapterFactory(datasource);
    enginePromise ??= startEngine(datamodels, adapters.factory, engineLog);
    // A failed start (e.g. the database does not exist yet) may succeed on a later request.
    enginePromise.catch(() => (enginePromise = null));
    return enginePromise;
  }

  // Diffs between schema files and/or nothing need no database (and no server) at all.
  function diffEngine(params) {
    const needsDatabase = [params?.from, params?.to].some((t) => t?.tag === "schemaDatasource" || t?.tag === "migrations");
    if (needsDatabase) return engine();
    offlinePromise ??= startEngine(datamodels, createOfflineAdapterFactory(datasource?.url), engineLog);
    return offlinePromise;
  }

  // Requests we send to the CLI (only `print`), awaiting its response.
  let nextOwnId = 1;
  const pendingOwn = new Map();
  let cliGone = false;
  function requestCli(method, params) {
    if (cliGone) return Promise.resolve(null);
    const id = `engine-${nextOwnId++}`;
    send({ jsonrpc: "2.0", method, params, id });
    return new Promise((resolve) => pendingOwn.set(id, resolve));
  }

  // evaluateDataLoss and createMigration replay the migrations through a cache that, in this
  // engine build, only diagnoseMigrationHistory can fill with a shadow database. devDiagnostic
  // fills it for the applied migrations; if the CLI applied more since, fill it and retry.
  async function withMigrationCache(e, method, params) {
    try {
      return await e[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/.test(error?.message)) throw error;
      log("INFO", `Replaying the migrations on a shadow database before ${method}`);
      await e.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters ?? { externalTables: [], externalEnums: [] },
      });
      return e[method](params);
    }
  }

  async function dispatch(method, params) {
    if (method === "createDatabase") {
      return { databaseName: await createDatabase(params?.datasource?.url ?? datasource?.url) };
    }
    if (method === "diff") {
      // The native CLI engine hands diffs to the CLI as a `print` request instead of returning them.
      const { stdout, exitCode } = await (await diffEngine(params)).diff(params);
      if (stdout) await requestCli("print", { content: stdout });
      return { exitCode, stdout: null };
    }
    const e = await engine();
    if (method === "getDatabaseVersion") return e.version();
    if (method === "evaluateDataLoss" || method === "createMigration") return withMigrationCache(e, method, params);
    // Called as methods: wasm-bindgen methods lose their instance when detached.
    if (PASS_THROUGH.has(method)) return e[method](params);
    throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  }

  // "External error id#N" from the engine refers to a JavaScript error the adapter registered.
  function adapterJsError(error) {
    const id = /External error id#(\d+)/.exec(String(error?.message))?.[1];
    return id === undefined ? undefined : adapters?.factory.errorRegistry.consumeError(Number(id))?.error;
  }

  let queue = Promise.resolve();
  let inFlight = null;

  async function handle(request) {
    const { id, method, params } = request;
    inFlight = { id, method };
    takeDatabaseError(); // forget errors of earlier requests
    try {
      const result = await dispatch(method, params);
      send({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (caught) {
      const error = explainError(method, caught, {
        dbError: takeDatabaseError(),
        jsError: adapterJsError(caught),
        url: datasource?.url,
      });
      log("ERROR", String(error?.message ?? error), error?.code ? { error_code: error.code } : {});
      send(errorResponse(id, error));
      if (isPanic(error)) {
        // The wasm instance is unusable after a panic; exit like the native engine (101).
        await adapters?.close().catch(() => {});
        process.exit(101);
      }
    } finally {
      inFlight = null;
    }
  }

  function onLine(line) {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && pendingOwn.has(message.id)) {
      pendingOwn.get(message.id)(message.result);
      pendingOwn.delete(message.id);
    } else if (message.method !== undefined && message.id !== undefined) {
      queue = queue.then(() => handle(message));
    }
  }

  let shuttingDown = null;
  function shutdown(code) {
    shuttingDown ??= (async () => {
      await queue.catch(() => {});
      await adapters?.close().catch(() => {});
      process.exit(code);
    })();
    return shuttingDown;
  }

  // A panic inside an async wasm call is thrown from a promise job: it arrives here, and the
  // call's own promise never settles.
  function onFatal(error) {
    if (inFlight) send(errorResponse(inFlight.id, error));
    inFlight = null;
    log("ERROR", lastPanic() ?? String(error?.stack ?? error), { is_panic: isPanic(error) });
    const exit = () => process.exit(isPanic(error) ? 101 : 1);
    setTimeout(exit, 3000).unref(); // don't let a stuck cleanup keep us alive
    Promise.resolve(adapters?.close()).finally(exit); // drops shadow databases still around
  }
  process.on("uncaughtException", onFatal);
  process.on("unhandledRejection", onFatal);

  // The CLI closes stdin and sends SIGTERM together; finish the current request first.
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(0));
  createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on("line", onLine)
    .on("close", () => {
      cliGone = true;
      for (const resolve of pendingOwn.values()) resolve(null); // the CLI is gone; don't wait for it
      shutdown(0);
    });

  log("INFO", "Starting schema engine RPC server (wasm stand-in)", { database: safeName(datasource) });
}

function safeName(datasource) {
  try {
    return databaseName(datasource.url);
  } catch {
    return null;
  }
}
