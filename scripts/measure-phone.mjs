#!/usr/bin/env node
// `npm run measure:phone [-- --base-url http://127.0.0.1:3000 --runs 3 --pages /me,/me/activities
//   --label after --no-write]`: member pages on a throttled "slow phone" in Chromium (CDP: 400 ms RTT,
// 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), signed in as the demo member, each page opened cold
// (new browser context: no cache, no service worker) as from a link in a group chat.
//
// Per page: first paint and first contentful paint, DOMContentLoaded, load, "usable" (the end of the
// last long task once the page has loaded and stayed quiet: no task over 50 ms and no request in
// flight for QUIET_MS — the TTI definition with a shorter window — and not before the load event: every
// script has run and React has hydrated), the JS transferred (compressed
// bytes on the wire) and the whole page's bytes. Median of --runs (default 3).
//
// Without --base-url it serves the production build itself: the bench's build (.next-bench, rebuilt
// when a source is newer) with `next start`, on the database in DATABASE_URL (migrated and seeded
// with the demo data when it has none; default postgresql://postgres@127.0.0.1:5432/portal_phone).
// Results: bench/phone.json (by label: before/after) and bench/phone.md. See bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { parseArgs, log as logger } from "./bench/lib/args.mjs";
import { ensureBuild, serverPids, startServer } from "./bench/lib/server.mjs";
import { signIn } from "./bench/lib/auth.mjs";
import { ensureDatabase, isSeeded, migrateDeploy, run } from "./lib/database.mjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts.mjs";

const log = logger("phone");
const options = parseArgs();

/** The throttling of issue 14: a cheap Android phone on a slow 4G link. */
export const PROFILE = {
  rttMs: 400,
  downKbps: 1600,
  upKbps: 750,
  cpuSlowdown: 4,
};
/** Targets of issue 14 item 8, per member page. */
export const TARGETS = { usableMs: 2500, firstPaintMs: 1200, jsKb: 100 };
const QUIET_MS = 1500;
const DEFAULT_PAGES = ["/me", "/me/activities", "/me/activities/:upcoming", "/me/menu", "/me/profile", "/me/records"];

const runs = Number(options.runs ?? 3);
const label = typeof options.label === "string" ? options.label : "current";
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : Math.round((s[m - 1] + s[m]) / 2);
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

let server;
async function stopAll() {
  await server?.stop();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    for (const pid of serverPids)
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        /* gone */
      }
    process.exit(130);
  });
}

async function ownServer() {
  const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/portal_phone";
  await ensureDatabase(databaseUrl);
  migrateDeploy(databaseUrl);
  if (!(await isSeeded(databaseUrl))) {
    log("seeding the demo data");
    run("node_modules/.bin/tsx", ["prisma/seed.ts"], { DATABASE_URL: databaseUrl }, { quiet: true });
  }
  ensureBuild(log, { force: !!options["force-build"] });
  // the seed's activities are relative to its day: a member page needs no fresher data than that
  return startServer({ databaseUrl, log, extraEnv: { SMS_PROVIDER: "console" } });
}

/** Runs in the page before any of its scripts: records long tasks (buffered observers miss none). */
function initScript() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: "longtask", buffered: true });
}

async function measure(browser, baseUrl, cookie, path) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    serviceWorkers: "block",
  });
  const url = new URL(baseUrl);
  await context.addCookies([{ name: "authjs.session-token", value: cookie, domain: url.hostname, path: "/" }]);
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PROFILE.upKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });

  const requests = new Map(); // requestId → { type, url }
  let inFlight = 0;
  let lastNetwork = 0;
  const bytes = { js: 0, css: 0, html: 0, other: 0, total: 0, requests: 0 };
  const scripts = [];
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!requests.has(e.requestId)) inFlight++;
    requests.set(e.requestId, { type: e.type, url: e.request.url });
    lastNetwork = Date.now();
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.type = e.type;
  });
  const done = (e, failed) => {
    const r = requests.get(e.requestId);
    if (!r || r.done) return;
    r.done = true;
    inFlight--;
    lastNetwork = Date.now();
    if (failed) return;
    const size = e.encodedDataLength ?? 0;
    bytes.total += size;
    bytes.requests++;
    if (r.type === "Script") {
      bytes.js += size;
      scripts.push({ url: r.url.replace(baseUrl, ""), kb: kb(size) });
    } else if (r.type === "Stylesheet") bytes.css += size;
    else if (r.type === "Document") bytes.html += size;
    else bytes.other += size;
  };
  cdp.on("Network.loadingFinished", (e) => done(e, false));
  cdp.on("Network.loadingFailed", (e) => done(e, true));

  const target = new URL(path, baseUrl).toString();
  const response = await page.goto(target, { waitUntil: "load", timeout: 120_000 });
  if (!response || response.status() !== 200 || new URL(page.url()).pathname !== new URL(target).pathname)
    throw new Error(`${path}: HTTP ${response?.status()} at ${page.url()} (signed out or missing?)`);
  // quiet: no long task and no request in flight for QUIET_MS (checked in wall time, outside the page)
  const started = Date.now();
  for (;;) {
    const lastTaskEnd = await page.evaluate(() => {
      const tasks = window.__longTasks;
      return tasks.length ? tasks[tasks.length - 1].end : 0;
    });
    const sinceTask = (await page.evaluate(() => performance.now())) - lastTaskEnd;
    if (inFlight <= 0 && Date.now() - lastNetwork >= QUIET_MS && sinceTask >= QUIET_MS) break;
    if (Date.now() - started > 60_000) throw new Error(`${path}: never quiet within 60 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = Object.fromEntries(performance.getEntriesByType("paint").map((p) => [p.name, p.startTime]));
    const tasks = window.__longTasks;
    return {
      firstPaint: paint["first-paint"] ?? null,
      fcp: paint["first-contentful-paint"] ?? null,
      ttfb: nav.responseStart,
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      lastLongTaskEnd: tasks.length ? Math.max(...tasks.map((t) => t.end)) : 0,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((sum, t) => sum + (t.end - t.start), 0),
    };
  });
  await context.close();
  const usable = Math.max(timing.dcl, timing.fcp ?? 0, timing.load, timing.lastLongTaskEnd);
  return { ...timing, usable, bytes, scripts };
}

/** Replaces ":upcoming" with the first activity the member's list links to. */
async function resolvePaths(baseUrl, cookie, paths) {
  const out = [];
  for (const path of paths) {
    if (!path.includes(":upcoming")) {
      out.push(path);
      continue;
    }
    const html = await fetch(`${baseUrl}/me/activities`, { headers: { cookie: `authjs.session-token=${cookie}` } }).then((r) =>
      r.text(),
    );
    const match = /href="(\/me\/activities\/[0-9a-f-]{36})"/.exec(html);
    if (match) out.push(match[1]);
    else log(`no activity linked from /me/activities: ${path} skipped`);
  }
  return out;
}

function markdown(result) {
  const rows = result.pages.map((p) => {
    const ok = p.usable <= TARGETS.usableMs && p.firstPaint <= TARGETS.firstPaintMs && p.jsKb <= TARGETS.jsKb;
    const page = p.path.replace(/[0-9a-f-]{36}/, ":id");
    return `| ${page} | ${p.ttfb} | ${p.firstPaint} | ${p.fcp} | ${p.dcl} | ${p.load} | **${p.usable}** | ${p.longTasks} / ${p.longTaskMs} | **${p.jsKb}** | ${p.totalKb} | ${p.requests ?? "—"} | ${ok ? "✅" : "❌"} |`;
  });
  return [
    `**${result.label}** — ${result.at}, commit \`${result.commit}\`${result.dirty ? " (+ uncommitted)" : ""}, load average ${result.load.join(" / ")}; ` +
      `${PROFILE.rttMs} ms RTT, ${PROFILE.downKbps} / ${PROFILE.upKbps} kbit/s, CPU ${PROFILE.cpuSlowdown}× slower, 360×740, cold cache; median of ${result.runs} runs (ms, KB compressed).`,
    "",
    "| Page | TTFB | first paint | FCP | DCL | load | usable | long tasks (n / ms) | JS KB | all KB | requests | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
}

async function main() {
  const baseUrl = typeof options["base-url"] === "string" ? options["base-url"] : (server = await ownServer()).baseUrl;
  const member = DEMO_ACCOUNTS.find((a) => a.key === "member");
  const cookie = await signIn(baseUrl, { phone: member.phone, password: DEMO_PASSWORD });
  const paths = await resolvePaths(baseUrl, cookie, typeof options.pages === "string" ? options.pages.split(",") : DEFAULT_PAGES);
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run"],
  });
  const loadStart = loadavg().map((x) => Math.round(x * 10) / 10);
  const pages = [];
  try {
    // one untimed visit per page first: the server's own first-render work is not the phone's
    for (const path of paths) await fetch(new URL(path, baseUrl), { headers: { cookie: `authjs.session-token=${cookie}` } });
    for (const path of paths) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(browser, baseUrl, cookie, path));
      const pick = (f) => median(samples.map(f));
      const page = {
        path,
        ttfb: pick((s) => Math.round(s.ttfb)),
        firstPaint: pick((s) => Math.round(s.firstPaint)),
        fcp: pick((s) => Math.round(s.fcp)),
        dcl: pick((s) => Math.round(s.dcl)),
        load: pick((s) => Math.round(s.load)),
        usable: pick((s) => Math.round(s.usable)),
        longTasks: pick((s) => s.longTasks),
        longTaskMs: pick((s) => Math.round(s.longTaskMs)),
        jsKb: kb(pick((s) => s.bytes.js)),
        htmlKb: kb(pick((s) => s.bytes.html)),
        cssKb: kb(pick((s) => s.bytes.css)),
        totalKb: kb(pick((s) => s.bytes.total)),
        requests: pick((s) => s.bytes.requests),
        scripts: samples[0].scripts,
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the script list is kept once, above
        samples: samples.map(({ scripts: _scripts, ...s }) => s),
      };
      pages.push(page);
      log(
        `${path}: first paint ${page.firstPaint} ms, FCP ${page.fcp}, usable ${page.usable} ms, JS ${page.jsKb} KB (${page.scripts.length} scripts)`,
      );
    }
  } finally {
    await browser.close();
  }
  const git = (...args) => spawnSync("git", args, { encoding: "utf8" }).stdout.trim();
  const result = {
    label,
    at: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: git("status", "--porcelain").length > 0,
    load: [...loadStart, ...loadavg().map((x) => Math.round(x * 10) / 10)].slice(0, 4),
    runs,
    profile: PROFILE,
    targets: TARGETS,
    pages,
  };
  const table = markdown(result);
  console.log(`\n${table}\n`);
  if (!options["no-write"]) {
    mkdirSync("bench", { recursive: true });
    const file = "bench/phone.json";
    const all = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    all[label] = result;
    writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
    const sections = Object.values(all).map(markdown);
    writeFileSync(
      "bench/phone.md",
      `# Member pages on a slow phone (\`npm run measure:phone\`)\n\nTargets (issue 14): usable ≤ ${TARGETS.usableMs} ms, first paint ≤ ${TARGETS.firstPaintMs} ms, JS ≤ ${TARGETS.jsKb} KB compressed per member page.\n\n${sections.join("\n\n")}\n`,
    );
    log(`written: ${file}, bench/phone.md (label "${label}")`);
  }
}

main()
  .catch((error) => {
    console.error(`[phone] failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(stopAll);
