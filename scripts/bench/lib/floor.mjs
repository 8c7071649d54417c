// The database floor: the SQL a page really sends (captured from the app by pg-capture.mjs while
// rendering it once, warm), replayed with `pg` alone at the same concurrency and pool size. The
// page's statements are replayed in "waves": a statement that started before any statement of
// the current wave had finished ran concurrently with it (Promise.all in the app); one that
// started later waited for something, so it starts a new wave after the whole previous one.
import { readFileSync, statSync } from "node:fs";
import pg from "pg";
import { percentiles } from "./load.mjs";

const decode = (_key, value) => {
  if (value && typeof value === "object" && "$bigint" in value) return value.$bigint;
  if (value && typeof value === "object" && "$bytes" in value) return Buffer.from(value.$bytes, "base64");
  return value;
};

/** Renders a page a few times to warm it, then once more while capturing its statements. */
export async function capturePage({ baseUrl, path, cookie, captureFile, warmups = 3 }) {
  let status = 0;
  for (let i = 0; i < warmups; i++) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    status = response.status;
    if (status === 404) return { status, statements: [] };
  }
  await new Promise((r) => setTimeout(r, 50));
  const offset = statSync(captureFile, { throwIfNoEntry: false })?.size ?? 0;
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  await new Promise((r) => setTimeout(r, 100));
  const text = readFileSync(captureFile).subarray(offset).toString("utf8");
  const statements = text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line, decode));
  return { status: response.status, bytes: Buffer.byteLength(body), statements };
}

export function toWaves(statements) {
  const sorted = [...statements].sort((a, b) => a.t0 - b.t0);
  const waves = [];
  let current = null;
  for (const s of sorted) {
    if (!current || s.t0 >= current.firstEnd) {
      current = { firstEnd: s.t1, statements: [] };
      waves.push(current);
    }
    current.firstEnd = Math.min(current.firstEnd, s.t1);
    current.statements.push({ text: s.text, values: s.values });
  }
  return waves.map((w) => w.statements);
}

/** Replays one page's waves in a loop on `connections` workers sharing a pool of `poolSize`. */
export async function dbFloor({ databaseUrl, waves, connections, duration, poolSize = 10, warmup = 1 }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const once = async () => {
    for (const wave of waves)
      await Promise.all(wave.map((s) => pool.query({ text: s.text, values: s.values, rowMode: "array" })));
  };
  const loop = async (seconds, latencies) => {
    const until = performance.now() + seconds * 1000;
    let errors = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          try {
            await once();
            latencies?.push(performance.now() - t0);
          } catch (error) {
            errors += 1;
            if (errors === 1) console.error(`[bench] floor replay error: ${error.message}`);
          }
        }
      }),
    );
    return errors;
  };
  try {
    await loop(warmup);
    const latencies = [];
    const started = performance.now();
    const errors = await loop(duration, latencies);
    const elapsed = (performance.now() - started) / 1000;
    return { ...percentiles(latencies), rps: Math.round((latencies.length / elapsed) * 10) / 10, errors };
  } finally {
    await pool.end();
  }
}

/** The slowest statements of a page (by captured time), for EXPLAIN when a target is missed. */
export function slowest(statements, n = 3) {
  return [...statements]
    .sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0))
    .slice(0, n)
    .map((s) => ({ ms: Math.round((s.t1 - s.t0) * 10) / 10, text: s.text, values: s.values }));
}
