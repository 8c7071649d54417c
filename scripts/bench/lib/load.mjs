// HTTP load at a fixed concurrency with autocannon; latencies are taken per response (autocannon's
// own summary has no p95) so p50/p95/p99 are exact over every request of the run.
import { loadavg } from "node:os";
import autocannon from "autocannon";

export function percentiles(values) {
  const sorted = Float64Array.from(values).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const round = (x) => Math.round(x * 10) / 10;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(at(100)), n: sorted.length };
}

function once({ url, headers, connections, duration, onResponse }) {
  const instance = autocannon({
    url,
    headers,
    connections,
    duration,
    timeout: 30,
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
  });
  if (onResponse) instance.on("response", (_client, statusCode, _bytes, ms) => onResponse(statusCode, ms));
  return instance;
}

/**
 * Warms the route up (first renders load code and fill caches), then measures for `duration` s.
 * Errors: connection errors, timeouts and every response that is not 200. Requests ask for
 * compression like a browser does.
 */
export async function loadTest({ url, cookie, connections, duration, warmup = 3, rss }) {
  // as a browser asks: the server compresses (Next's default), which is part of its cost
  const headers = { "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}) };
  await once({ url, headers, connections, duration: warmup });
  const latencies = [];
  const statuses = {};
  rss?.window();
  const cpuBefore = rss?.cpuMs();
  const result = await once({
    url,
    headers,
    connections,
    duration,
    onResponse: (status, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    },
  });
  const cpu = rss ? rss.cpuMs() - cpuBefore : null;
  const non200 = Object.entries(statuses)
    .filter(([s]) => s !== "200")
    .reduce((n, [, c]) => n + c, 0);
  return {
    ...percentiles(latencies),
    rps: Math.round((latencies.length / result.duration) * 10) / 10,
    requests: latencies.length,
    errors: result.errors + non200,
    statuses,
    peakRssMb: rss?.peakMb() ?? null,
    // the machine's 1-minute load average when the run ended: other work on a shared machine shows here
    loadavg: Math.round(loadavg()[0] * 10) / 10,
    // server CPU (all cores) per request: at a fixed concurrency, latency ≈ concurrency × this on one busy core
    cpuMsPerRequest: cpu === null || !latencies.length ? null : Math.round((cpu / latencies.length) * 10) / 10,
  };
}

/** `--quiet-below <load>`: on a shared machine, wait (at most `maxSeconds`) until the 1-minute load average is below it. */
export async function waitForQuiet(threshold, log, maxSeconds = 180) {
  if (!threshold) return;
  const until = Date.now() + maxSeconds * 1000;
  let told = false;
  while (loadavg()[0] >= threshold && Date.now() < until) {
    if (!told) log(`waiting for the load average (${loadavg()[0].toFixed(1)}) to fall below ${threshold}…`);
    told = true;
    await new Promise((r) => setTimeout(r, 5000));
  }
}
