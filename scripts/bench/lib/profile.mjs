// `--profile`: where the server's CPU goes, per page. Each page is loaded again (same concurrency
// and duration) against a server of its own started with `node --cpu-prof`; the profile's
// self time is summed by origin. Separate from the measured run: profiling slows the server.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadTest } from "./load.mjs";
import { startServer } from "./server.mjs";

export const PROFILE_BUCKETS = [
  "React/Next renderer",
  "app code",
  "Prisma",
  "pg driver",
  "Node (HTTP, crypto, buffers)",
  "GC",
  "other",
];

function bucketOf(url, functionName) {
  if (functionName === "(garbage collector)") return "GC";
  if (!url) return "other";
  if (/node_modules\/next\//.test(url)) return "React/Next renderer";
  if (/node_modules\/(@prisma|\.prisma)/.test(url) || url.includes("wasm")) return "Prisma";
  if (/node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(url)) return "pg driver";
  if (url.includes("/server/chunks/") || url.includes("/server/app/")) return "app code";
  if (url.startsWith("node:")) return "Node (HTTP, crypto, buffers)";
  return "other";
}

/** Self time by bucket, in % of the profile's busy time (idle excluded). */
export function summarizeProfile(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = Object.fromEntries(PROFILE_BUCKETS.map((b) => [b, 0]));
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (node.callFrame.functionName === "(idle)") return;
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName);
    totals[bucket] += dt;
    busy += dt;
  });
  return {
    busyMs: Math.round(busy / 1000),
    shares: Object.fromEntries(Object.entries(totals).map(([b, t]) => [b, busy ? Math.round((1000 * t) / busy) / 10 : 0])),
  };
}

export async function profilePages({ databaseUrl, pages, cookies, settings, log }) {
  for (const page of pages) {
    if (page.status !== "ok") continue;
    const dir = mkdtempSync(path.join(tmpdir(), "bench-prof-"));
    try {
      const server = await startServer({
        databaseUrl,
        log,
        nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
        extraEnv: { DATABASE_POOL_SIZE: String(settings.poolSize) },
      });
      let load;
      try {
        load = await loadTest({
          url: `${server.baseUrl}${page.path}`,
          cookie: cookies[page.role],
          connections: settings.connections,
          duration: settings.duration,
          warmup: settings.warmup,
        });
      } finally {
        await server.stop();
      }
      const files = readdirSync(dir)
        .map((f) => path.join(dir, f))
        .sort((a, b) => statSync(b).size - statSync(a).size);
      if (!files.length) throw new Error("no CPU profile written");
      const summary = summarizeProfile(files[0]);
      page.profile = { ...summary, p95: load.p95 };
      log(
        `${page.key} profile: ${Object.entries(summary.shares)
          .map(([b, s]) => `${b} ${s}%`)
          .join(", ")}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
