// Where the bench database lives: on the server of DATABASE_URL (a database of its own, named
// portal_bench_<scale> unless --database says otherwise), or, without DATABASE_URL, on an embedded
// PostgreSQL of its own under .data/bench-pg (never the one `npm start` or `npm test` use).
import { withDatabase } from "../../lib/database.mjs";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres.mjs";

export async function benchDatabase({ scale, database, log }) {
  let base = process.env.DATABASE_URL;
  let embedded;
  if (!base) {
    const port = Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54331);
    embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-pg", port, log });
    base = embedded.url("postgres");
    log(`embedded PostgreSQL on port ${port} (data in .data/bench-pg)`);
  }
  const name = typeof database === "string" ? database : `portal_bench_${scale}`;
  return { url: withDatabase(base, name), name, stop: async () => embedded?.stop() };
}
