import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { isDatabaseUnavailable, markDatabaseDown } from "./database-outage.ts";
import { env } from "./env.ts";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg(
    {
      connectionString: env().DATABASE_URL,
      max: env().DATABASE_POOL_SIZE,
      // many small concurrent requests on few cores: parallel workers only compete with each other
      // (the district benchmark's dashboard floors fell by a third without them)
      options: "-c max_parallel_workers_per_gather=0",
    },
    {
      // an idle connection dropped by the server: the database went away (the proxy answers 503 meanwhile)
      onPoolError: (error) => {
        if (isDatabaseUnavailable(error)) markDatabaseDown();
      },
    },
  );
  return new PrismaClient({ adapter });
}

/** The one Prisma client. Created lazily so importing this module never needs a database. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/client.ts";
