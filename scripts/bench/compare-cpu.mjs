#!/usr/bin/env node
// Server CPU per request of two checkouts, interleaved, for a before/after on a busy machine:
//   node scripts/bench/compare-cpu.mjs --before /tmp/base-checkout --after . --database portal_bench_street
//     [--only roster,memberHome,memberActivities --rounds 6 --requests 30 --connections 2 --after-dist .next]
// Each checkout must hold a production build in .next-bench (`npm run bench` makes one; `--after-dist`
// names another build directory of the second checkout, e.g. .next) and share this
// node_modules. Both servers (one `next start` each) run side by side on the same bench database; each
// round measures every page on both, in alternating order, so both see the same machine load. CPU per
// request = utime + stime of the server's process tree / requests (as in `npm run bench`). Reports the
// median of the rounds per page and the ratio after / before, the framework floor (/login) included.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseArgs, log as logger } from "./lib/args.mjs";
import { grantId, roleCookie, signIn } from "./lib/auth.mjs";
import { FRAMEWORK_FLOOR, PAGES, ROLES } from "./lib/pages.mjs";
import { AUTH_SECRET, DIST_DIR, freePort } from "./lib/server.mjs";
import { readManifest } from "./data/sql-accounts.mjs";
import { withDatabase } from "../lib/database.mjs";

const log = logger("compare-cpu");
const options = parseArgs();
const rounds = Number(options.rounds ?? 6);
const requests = Number(options.requests ?? 30);
const connections = Number(options.connections ?? 2);
const only = typeof options.only === "string" ? options.only.split(",") : ["roster", "memberHome", "memberActivities"];
const database = options.database ?? "portal_bench_street";
const baseUrlOf = (name) => withDatabase(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres", name);

function treeCpuMs(rootPid) {
  const children = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* ended */
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  let total = 0;
  for (const pid of tree) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      /* ended */
    }
  }
  return total;
}

async function start(dir, databaseUrl, distDir = DIST_DIR) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: path.resolve(dir),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET,
        JOBS_DISABLED: "1",
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      detached: true,
      stdio: "ignore",
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error(`${dir}: no healthy server`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { dir, baseUrl, pid: child.pid, stop: () => process.kill(-child.pid, "SIGTERM") };
}

/** `requests` GETs over `connections` parallel loops; CPU used by the server's tree meanwhile. */
async function cpuPerRequest(server, pagePath, cookie) {
  const url = server.baseUrl + pagePath;
  const headers = { cookie: cookie ?? "", "accept-encoding": "gzip" };
  const before = treeCpuMs(server.pid);
  let left = requests;
  const loop = async () => {
    while (left-- > 0) {
      const r = await fetch(url, { headers, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return (treeCpuMs(server.pid) - before) / requests;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const databaseUrl = baseUrlOf(database);
  const admin = new pg.Client({ connectionString: baseUrlOf("postgres") });
  await admin.connect();
  const manifest = await readManifest(admin, database);
  await admin.end();
  if (!manifest) throw new Error(`no bench dataset in ${database} (npm run bench:data)`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const servers = [
    await start(options.before ?? ".", databaseUrl),
    await start(options.after ?? ".", databaseUrl, options["after-dist"] ?? DIST_DIR),
  ];
  try {
    const pages = [{ ...FRAMEWORK_FLOOR, role: null }, ...PAGES.filter((p) => only.includes(p.key))];
    const cookies = new Map(); // server index:role → cookie
    for (const [i, server] of servers.entries())
      for (const page of pages) {
        if (!page.role || cookies.has(`${i}:${page.role}`)) continue;
        const phone = manifest.accounts[page.role];
        const session = await signIn(server.baseUrl, { phone, password: manifest.password });
        const spec = ROLES[page.role];
        const grant = await grantId(client, { phone, role: spec.role, organizationId: spec.org(manifest) });
        cookies.set(`${i}:${page.role}`, roleCookie(session, grant));
      }
    // warm both: compiled templates, pools, caches
    for (const [i, server] of servers.entries())
      for (const page of pages)
        for (let k = 0; k < 5; k++) await cpuPerRequest(server, page.path, cookies.get(`${i}:${page.role}`));
    const samples = pages.map(() => [[], []]);
    for (let round = 0; round < rounds; round++) {
      for (const [p, page] of pages.entries()) {
        const order = round % 2 ? [1, 0] : [0, 1];
        for (const i of order) samples[p][i].push(await cpuPerRequest(servers[i], page.path, cookies.get(`${i}:${page.role}`)));
      }
      log(`round ${round + 1}/${rounds} done`);
    }
    console.log(`\n| Page | CPU ms/req before | after | after / before |\n| --- | ---: | ---: | ---: |`);
    for (const [p, page] of pages.entries()) {
      const [a, b] = samples[p].map(median);
      console.log(`| ${page.label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
    }
    console.log(
      `\n(median of ${rounds} rounds × ${requests} requests, ${connections} at a time; load average at the end ${(await import("node:os")).loadavg()[0].toFixed(1)})`,
    );
  } finally {
    for (const s of servers) s.stop();
    await client.end();
  }
}

main().catch((error) => {
  console.error(`[compare-cpu] failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
