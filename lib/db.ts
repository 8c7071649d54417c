import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { isDatabaseUnavailable, markDatabaseDown } from "./database-outage.ts";
import { env } from "./env.ts";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient };

function createClient(connectionString: string, onUnavailable: () => void) {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: env().DATABASE_POOL_SIZE,
      // many small concurrent requests on few cores: parallel workers only compete with each other
      // (the district benchmark's dashboard floors fell by a third without them)
      options: "-c max_parallel_workers_per_gather=0",
    },
    {
      // an idle connection dropped by the server: the database went away
      onPoolError: (error) => {
        if (isDatabaseUnavailable(error)) onUnavailable();
      },
    },
  );
  return new PrismaClient({ adapter });
}

const readRoute = new AsyncLocalStorage<PrismaClient>();

/**
 * The one Prisma client: the primary, or the replica inside `onReadReplica`. Created lazily so
 * importing this module never needs a database. (The proxy answers 503 while the primary is down.)
 */
export function db(): PrismaClient {
  const routed = readRoute.getStore();
  if (routed) return routed;
  globalForPrisma.prisma ??= createClient(env().DATABASE_URL, markDatabaseDown);
  return globalForPrisma.prisma;
}

/** How long reads stay on the primary after the replica could not be reached. */
const REPLICA_RETRY_MS = 15_000;
let replicaDownUntil = 0;

function replica(): PrismaClient | null {
  const url = env().DATABASE_REPLICA_URL;
  if (!url || Date.now() < replicaDownUntil) return null;
  globalForPrisma.replica ??= createClient(url, markReplicaDown);
  return globalForPrisma.replica;
}

function markReplicaDown() {
  replicaDownUntil = Date.now() + REPLICA_RETRY_MS;
}

/**
 * Runs read-only heavy work (dashboards, exports, the unit portal's lists) on the streaming
 * replica when DATABASE_REPLICA_URL is set: every `db()` inside `read` is the replica. If the
 * replica cannot be reached, the same work runs again on the primary and reads stay there for a
 * while. Never wrap anything that writes, or a page that must show the user's own write at once
 * (the replica may be milliseconds behind): the replica refuses writes, and this lets that error through.
 */
export async function onReadReplica<T>(read: () => Promise<T>): Promise<T> {
  const client = replica();
  if (!client) return read();
  try {
    return await readRoute.run(client, read);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markReplicaDown();
    return read();
  }
}

/** Tests that start their own servers: forget the clients (and the replica's state). */
export async function resetDatabaseClientsForTests(): Promise<void> {
  await Promise.all([globalForPrisma.prisma?.$disconnect(), globalForPrisma.replica?.$disconnect()]);
  globalForPrisma.prisma = undefined;
  globalForPrisma.replica = undefined;
  replicaDownUntil = 0;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/client.ts";
