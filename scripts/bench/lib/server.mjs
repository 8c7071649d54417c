// The production server under test: `next start` from the .next-bench build on a free port, its
// process tree's resident memory sampled every 200 ms, and a clean stop (also on errors/Ctrl-C).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { run } from "../../lib/database.mjs";

export const DIST_DIR = ".next-bench";
export const AUTH_SECRET = "bench-secret-0123456789abcdefghijklmnop";
// what lib/build.mjs watches, plus the files it does not (instrumentation, tsconfig)
const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", DIST_DIR, "generated"]);

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) if (!SKIP.has(name)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Builds into .next-bench when there is no build there or a source is newer than its BUILD_ID. */
export function ensureBuild(log, { force = false } = {}) {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  const stale = !existsSync(buildId) || SOURCES.some((s) => newestMtime(s) > statSync(buildId).mtimeMs);
  if (!force && !stale) {
    log(`using the build in ${DIST_DIR} (up to date)`);
    return false;
  }
  log(`building the app into ${DIST_DIR} (${force ? "forced" : "missing or older than the sources"})…`);
  const started = Date.now();
  run(
    "node_modules/.bin/next",
    ["build"],
    { NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    { quiet: true },
  );
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

/** Process groups of the servers still running, for a signal handler to stop. */
export const serverPids = new Set();

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** pid → parent pid for every process, to find the server's whole tree. */
function processTree(rootPid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used, in ms (clock ticks of 10 ms on Linux). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime
  } catch {
    return 0;
  }
}

/**
 * Samples the tree's summed VmRSS every 200 ms; `window()` starts a new peak, `peakMb()` reads it.
 * `cpuMs()` is the CPU time the tree has used so far (for CPU per request).
 */
function rssSampler(rootPid) {
  let tree = processTree(rootPid);
  let ticks = 0;
  let peak = 0;
  let overall = 0;
  const timer = setInterval(() => {
    if (++ticks % 25 === 0) tree = processTree(rootPid); // the tree rarely changes: rescan every 5 s
    const total = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
    peak = Math.max(peak, total);
    overall = Math.max(overall, total);
  }, 200);
  timer.unref();
  return {
    window: () => {
      peak = 0;
    },
    peakMb: () => Math.round(peak / 1024),
    overallMb: () => Math.round(overall / 1024),
    cpuMs: () => processTree(rootPid).reduce((sum, pid) => sum + cpuMs(pid), 0),
    stop: () => clearInterval(timer),
  };
}

/**
 * Starts `next start`, or with `processes` the supervisor (scripts/serve.mjs) with that many
 * workers (own process group, so stopping it stops its children too), and waits until
 * /api/health answers. `preload` adds an `--import` module to the server's Node (query capture);
 * `nodeArgs` go to that Node too (e.g. --cpu-prof for `--profile`).
 */
export async function startServer({ databaseUrl, log, preload, extraEnv = {}, nodeArgs = [], processes = 0 }) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    JOBS_DISABLED: "1",
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    ...extraEnv,
  };
  if (preload)
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve(preload)).href}`.trim();
  // processes > 0: the supervisor of `npm start` with that many app processes (cluster workers)
  if (processes) env.WEB_CONCURRENCY = String(processes);
  const command = processes
    ? ["scripts/serve.mjs"]
    : ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, [...nodeArgs, ...command], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  serverPids.add(child.pid);
  child.once("exit", () => serverPids.delete(child.pid));
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 60_000) {
      await stop();
      throw new Error(`the server did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(
    `server up on ${baseUrl} (pid ${child.pid}${processes ? `, ${processes} app processes` : ""}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const rss = rssSampler(child.pid);
  return {
    baseUrl,
    pid: child.pid,
    rss,
    output: () => output,
    stop: async () => {
      rss.stop();
      await stop();
    },
  };
}

/** Any static file of the build: the pure HTTP-server floor (no rendering, no database). */
export function staticAssetPath() {
  const dir = path.join(DIST_DIR, "static", "chunks");
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .sort()[0];
  if (!file) throw new Error(`no static chunk in ${dir}`);
  return `/_next/static/chunks/${file}`;
}
