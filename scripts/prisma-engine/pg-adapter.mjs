// The database connection handed to the wasm schema engine: @prisma/adapter-pg with the few
// fixes the schema engine needs, plus shadow databases that we create and drop ourselves.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { clientConfig, createShadowDatabase, databaseName, dropDatabase, parsePostgresUrl, wipeDatabase } from "./pg-admin.mjs";

let lastDatabaseError = null;

/** The last error PostgreSQL returned, for messages: the engine only sees adapter-pg's summary. */
export function takeDatabaseError() {
  const error = lastDatabaseError;
  lastDatabaseError = null;
  return error;
}

const PG_CHAR_OID = 18; // the one-byte `"char"` type of pg_catalog columns (relkind, contype, …)
const PG_TEXT_OID = 25;

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 * @returns the bound factory and a `close()` that releases every connection and shadow database.
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const adapters = new Set();
  const shadowNames = new Set();

  async function open(dbUrl, onDispose) {
    const adapter = patchQueryable(await new PrismaPg(poolConfig(dbUrl), schemaOption(dbUrl)).connect());
    adapters.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      adapters.delete(adapter);
      await dispose();
      await onDispose?.();
      return undefined; // the engine rejects any other value
    };
    patchExecuteScript(adapter);
    return adapter;
  }

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => open(url),
    // Not PrismaPg's own connectToShadowDb: in 7.10 its dispose() runs DROP DATABASE while
    // its own pool is still connected to the shadow database, so the drop fails.
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        if (sameDatabase(shadowDatabaseUrl, url)) {
          throw new Error(
            "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
          );
        }
        await wipeDatabase(shadowDatabaseUrl);
        return open(shadowDatabaseUrl);
      }
      const name = await createShadowDatabase(url);
      shadowNames.add(name);
      const shadowUrl = withDatabase(url, name);
      return open(shadowUrl, async () => {
        shadowNames.delete(name);
        await dropDatabase(url, name);
      });
    },
  };

  async function close() {
    await Promise.allSettled([...adapters].map((a) => a.dispose()));
    await Promise.allSettled([...shadowNames].map((name) => dropDatabase(url, name)));
  }

  return { factory: bindMigrationAwareSqlAdapterFactory(factory), close };
}

function poolConfig(dbUrl) {
  // One connection, never idled out: the engine relies on session state like the native
  // engine's single connection (its pg_advisory_lock and `SET` commands are per session).
  return { ...clientConfig(dbUrl), max: 1, idleTimeoutMillis: 0 };
}

function schemaOption(dbUrl) {
  const schema = parsePostgresUrl(dbUrl).searchParams.get("schema");
  return schema ? { schema } : undefined;
}

function schemaOf(dbUrl) {
  try {
    return schemaOption(dbUrl)?.schema;
  } catch {
    return undefined; // no usable URL: the engine's default schema
  }
}

function withDatabase(dbUrl, name) {
  const u = parsePostgresUrl(dbUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

function sameDatabase(a, b) {
  const [x, y] = [parsePostgresUrl(a), parsePostgresUrl(b)];
  return x.hostname === y.hostname && (x.port || "5432") === (y.port || "5432") && databaseName(a) === databaseName(b);
}

/**
 * Keeps the last PostgreSQL error for takeDatabaseError(), and fixes `"char"` columns:
 * adapter-pg rejects pg_catalog's `"char"` (OID 18), which the engine reads when describing a
 * database. Decode them as text and report them as `Character`, the type the engine expects.
 */
function patchQueryable(queryable) {
  const onError = queryable.onError;
  queryable.onError = function (error) {
    lastDatabaseError = error;
    return onError.call(this, error);
  };
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (query) {
    const charColumns = [];
    // queryRaw calls this.performIO, so run it on a view of the queryable whose performIO
    // retypes the columns before adapter-pg maps them.
    const view = Object.create(this);
    view.performIO = async (q) => {
      const result = await this.performIO(q);
      result.fields.forEach((field, i) => {
        if (field.dataTypeID === PG_CHAR_OID) {
          charColumns.push(i);
          field.dataTypeID = PG_TEXT_OID;
        }
      });
      return result;
    };
    const result = await queryRaw.call(view, query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  if (typeof queryable.startTransaction === "function") {
    const startTransaction = queryable.startTransaction;
    queryable.startTransaction = async function (...args) {
      return patchQueryable(await startTransaction.apply(this, args));
    };
  }
  return queryable;
}

/**
 * adapter-pg splits scripts on every `;`, which breaks `DO $$ … $$` blocks, function bodies
 * and string literals, and runs each piece in its own transaction. Send the script whole:
 * PostgreSQL runs a multi-statement simple query atomically, as with the native engine.
 */
function patchExecuteScript(adapter) {
  adapter.executeScript = async function (script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
}

/**
 * A factory for commands that need no database, like `migrate diff --from-empty --to-schema`:
 * the native engine runs them offline, but the wasm engine queries the server when it starts.
 * Answer that one query and refuse everything else.
 */
export function createOfflineAdapterFactory(url) {
  const refuse = async () => {
    throw new Error("This command needs a database connection, which the engine stand-in did not open.");
  };
  const adapter = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw({ sql }) {
      if (!sql.includes("server_version_num")) return refuse();
      // The columns of the engine's startup query: schema exists, version(), version number.
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ schemaName: schemaOf(url), supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: refuse,
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}
