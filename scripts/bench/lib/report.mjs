// The run's result as JSON and as a Markdown report (bench/results/<timestamp>.json|.md).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TARGETS } from "./pages.mjs";
import { PROFILE_BUCKETS } from "./profile.mjs";

const ms = (x) =>
  x === null || x === undefined || Number.isNaN(x)
    ? "—"
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : `${Math.round(x * 10) / 10}`;
const yes = (ok) => (ok ? "✅" : "❌");

/** Target verdict of a page: p95 ≤ 200 ms, ≤ 3× its floors, no errors. */
export function pageVerdict(page) {
  if (page.status !== "ok") return null;
  const misses = [];
  if (!(page.load.rps > 0)) misses.push("no response completed within the run");
  if (page.load.p95 > TARGETS.p95Ms) misses.push(`p95 > ${TARGETS.p95Ms} ms`);
  if (page.ratio !== null && page.ratio > TARGETS.ratio) misses.push(`> ${TARGETS.ratio}× floors`);
  if (page.load.errors) misses.push("errors");
  return { ok: misses.length === 0, misses };
}

function pagesTable(result) {
  const rows = [
    "| Page | p50 ms | p95 ms | p99 ms | req/s | errors | DB floor p95 ms | ratio to floors | server CPU ms/req | HTML KB | SQL stmts | peak RSS MB | load avg | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const page of result.pages) {
    const label = `${page.label} \`${page.path}\``;
    if (page.status !== "ok") {
      rows.push(
        `| ${label} | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | | ${page.status === "n/a" ? "n/a (no such route yet)" : `❌ ${page.note}`} |`,
      );
      continue;
    }
    const { load, dbFloor } = page;
    const verdict = pageVerdict(page);
    rows.push(
      `| ${label} | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${load.rps} | ${load.errors} | ${ms(dbFloor?.p95)} | ` +
        `${page.ratio === null ? "—" : `${page.ratio.toFixed(1)}×`} | ${load.cpuMsPerRequest ?? "—"} | ${Math.round(page.bytes / 1024)} | ${page.statements} | ${load.peakRssMb} | ${load.loadavg} | ${verdict.ok ? "✅" : `❌ ${verdict.misses.join(", ")}`} |`,
    );
  }
  const fw = result.floors.framework;
  const floorRows = [
    [`*${fw.label}*, at the start`, fw.path, fw.load, fw],
    [`*${fw.label}*, at the end`, fw.path, fw.loadEnd, fw],
    [`*${result.floors.server.label}*`, result.floors.server.path, result.floors.server.load, {}],
  ];
  for (const [label, route, load, floor] of floorRows) {
    if (!load) continue;
    rows.push(
      `| ${label} \`${route}\` | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${load.rps} | ${load.errors} | — | — | ${load.cpuMsPerRequest ?? "—"} | ` +
        `${floor.bytes ? Math.round(floor.bytes / 1024) : "—"} | ${floor.statements ?? "—"} | ${load.peakRssMb} | ${load.loadavg ?? ""} | |`,
    );
  }
  return rows.join("\n");
}

function profileSection(result) {
  const profiled = result.pages.filter((p) => p.profile);
  if (!profiled.length) return "";
  return [
    "## Where the server's CPU goes (`--profile`, share of busy main-thread time)",
    "",
    `| Page | ${PROFILE_BUCKETS.join(" | ")} |`,
    `| --- |${PROFILE_BUCKETS.map(() => " ---: |").join("")}`,
    ...profiled.map((p) => `| ${p.label} | ${PROFILE_BUCKETS.map((b) => `${p.profile.shares[b]}%`).join(" | ")} |`),
    "",
  ].join("\n");
}

function throughputSection(t, settings) {
  if (!t) return `Pages were served by ${settings.processes ?? 1} app process; no comparison run.`;
  const row = (name, x) =>
    x
      ? `| ${name} | ${x.single} | ${x.cluster} | ${x.ratio}× | ${x.ratio >= 1.8 ? "✅" : "❌"} ≥ 1.8× |`
      : `| ${name} | n/a | | | |`;
  return [
    `Pages above were served by the supervisor of \`npm start\` with ${t.processes} app processes (cluster workers); the same load on one \`next start\`:`,
    "",
    "| req/s | one process | " + `${t.processes} processes | ratio | target |`,
    "| --- | ---: | ---: | ---: | --- |",
    row("framework floor `/login`", t.framework),
    row("Member home", t.memberHome),
  ].join("\n");
}

function stormSection(storm) {
  if (!storm) return "Sign-up storm: not run.";
  if (storm.skipped || storm.error) return `Sign-up storm: ${storm.skipped ?? storm.error}`;
  const ok = storm.exactlyCapacity && storm.errors === 0 && storm.p95 <= TARGETS.stormP95Ms;
  return [
    `${storm.calls} members sign up for one ${storm.capacity}-place activity at once, in-process (\`loadActor\` + \`signUpForActivity\`, pool ${storm.poolSize}; bypasses HTTP).`,
    "",
    "| calls | confirmed | waitlisted | confirmedCount | errors | p50 ms | p95 ms | p99 ms | wall ms | actor load p95 | sign-up p95 | target |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    `| ${storm.calls} | ${storm.confirmed} | ${storm.waitlisted} | ${storm.confirmedCount} | ${storm.errors} | ${ms(storm.p50)} | ${ms(storm.p95)} | ${ms(storm.p99)} | ${ms(storm.wallMs)} | ` +
      `${ms(storm.actorP95)} | ${ms(storm.signupP95)} | ${ok ? "✅" : `❌${storm.exactlyCapacity ? "" : " not exactly capacity"}${storm.errors ? " errors" : ""}${storm.p95 > TARGETS.stormP95Ms ? ` p95 > ${TARGETS.stormP95Ms} ms` : ""}`} |`,
    ...(storm.errors ? ["", `Errors: ${JSON.stringify(storm.errorKinds)}`] : []),
  ].join("\n");
}

function httpStormSection(storm) {
  if (!storm) return "Over HTTP: not run.";
  if (storm.skipped) return `Over HTTP: ${storm.skipped}`;
  const ok = storm.exactlyCapacity && storm.errors === 0 && storm.ratio !== null && storm.ratio <= TARGETS.stormHttpRatio;
  return [
    `Over HTTP: ${storm.calls} signed-in members post the real \`signUpAction\` at once to the production server (${storm.processes} app processes), ` +
      `beside ${storm.floor ? storm.calls : 0} requests to the framework floor page \`/login\` sent the same way. Target: p95 ≤ ${TARGETS.stormHttpRatio}× the floor's.`,
    "",
    "| requests | confirmed | waitlisted | confirmedCount | errors | p50 ms | p95 ms | p99 ms | wall ms | floor p95 ms | floor errors | ratio | target |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    `| ${storm.calls} | ${storm.confirmed} | ${storm.waitlisted} | ${storm.confirmedCount} | ${storm.errors} | ${ms(storm.p50)} | ${ms(storm.p95)} | ${ms(storm.p99)} | ${ms(storm.wallMs)} | ` +
      `${ms(storm.floor.p95)} | ${storm.floor.errors} | ${storm.ratio ?? "–"} | ${ok ? "✅" : "❌"} |`,
  ].join("\n");
}

function jobsSection(jobs) {
  if (!jobs) return "Batch jobs: not run.";
  const rows = ["| Job | time | detail | target |", "| --- | ---: | --- | --- |"];
  const { ratings, letters } = jobs;
  const fmt = (t) => (t >= 1000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`);
  if (!ratings?.community)
    rows.push("| Star-rating draft, largest community | n/a | `computeRatingDraftForCommunity` not found | |");
  else
    rows.push(
      `| Star-rating draft ${jobs.year}, largest community | ${fmt(ratings.community.ms)} | ${ratings.community.error ?? `${ratings.community.rated} members rated`} | |`,
    );
  if (ratings?.district) {
    const d = ratings.district;
    rows.push(
      `| Star-rating draft ${jobs.year}, all communities (one after another) | ${fmt(d.ms)} | ${d.error ?? `${d.communities} communities, ${d.rated} members`} | ${yes(!d.error && d.ms <= TARGETS.districtRatingMs)} ≤ 30 s |`,
    );
  } else if (ratings?.community) rows.push("| Star-rating draft, all communities | skipped | | |");
  if (!letters) rows.push("| Letters of thanks, largest community | n/a | `generateLettersForCommunity` not found | |");
  else {
    const big = letters.members >= TARGETS.lettersMinMembers;
    rows.push(
      `| Letters of thanks ${jobs.year}, largest community (${letters.members} members) | ${fmt(letters.ms)} | ${letters.error ?? `${letters.created} letters${letters.cold ? "" : " (earlier letters could not be removed: warm run)"}`} | ` +
        `${big ? `${yes(!letters.error && letters.ms <= TARGETS.lettersMs)} ≤ 20 s` : "(target is for a 2,000-member community)"} |`,
    );
  }
  return rows.join("\n");
}

function slowSection(result) {
  const parts = [];
  for (const page of result.pages) {
    if (!page.explain?.length) continue;
    parts.push(`### ${page.label} \`${page.path}\`\n`);
    if (page.statementTimes?.length) {
      const total = page.statementTimes.reduce((sum, t) => sum + t.ms, 0);
      parts.push(
        `${page.statements} statements, ${Math.round(total)} ms in total for one warm request (captured); the slowest:\n`,
      );
      parts.push(
        page.statementTimes
          .slice(0, 6)
          .map((t) => `- ${t.ms} ms: \`${t.sql.replace(/`/g, "'")}…\``)
          .join("\n") + "\n",
      );
    }
    for (const e of page.explain) {
      parts.push(
        `<details><summary>${e.ms} ms when captured: ${e.text.replace(/\s+/g, " ").slice(0, 100).replace(/</g, "&lt;")}…</summary>\n\n` +
          `\`\`\`sql\n${e.text}\n-- ${JSON.stringify(e.values).slice(0, 300)}\n\`\`\`\n\n\`\`\`\n${e.plan}\n\`\`\`\n</details>\n`,
      );
    }
  }
  return parts.length ? `## Slowest statements of pages that missed a target (EXPLAIN ANALYZE)\n\n${parts.join("\n")}` : "";
}

export function toMarkdown(result, { withPlans = true } = {}) {
  const m = result.machine;
  const d = result.dataset;
  return [
    `# Bench: ${result.scale} scale, ${result.startedAt}`,
    "",
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memGb} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; commit ${m.commit}${m.dirty ? " (+ uncommitted changes)" : ""}; ` +
      `load average ${m.loadStart.join(" / ")} at start, ${m.loadEnd.join(" / ")} at end.`,
    `Load: autocannon, ${result.settings.connections} connections, ${result.settings.duration} s per page after a ${result.settings.warmup} s warm-up; server pool ${result.settings.poolSize}.`,
    `Dataset \`${result.database}\` (generated ${d.generatedAt}, in ${(d.totalMs / 1000).toFixed(0)} s): ` +
      Object.entries(d.counts)
        .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
        .join(", ") +
      ".",
    `Largest community ${d.orgs.community.members} members, largest street ${d.orgs.street.members}, largest work unit ${d.orgs.unit.members}.`,
    "",
    "## Pages",
    "",
    "Ratio to floors = page p95 / (DB floor p95 + framework floor p95, the mean of its start and end runs). DB floor: the statements the page sent " +
      "(captured from the app), replayed with `pg` at the same concurrency. Load avg: the machine's 1-minute load average when the page's run ended " +
      "(2 cores; the bench itself accounts for ~1–2, more means other work competed for the CPU).",
    "",
    pagesTable(result),
    "",
    profileSection(result),
    "## Throughput of the app processes",
    "",
    throughputSection(result.throughput, result.settings),
    "",
    "## Sign-up storm",
    "",
    stormSection(result.storm),
    "",
    httpStormSection(result.stormHttp),
    "",
    "## Batch jobs",
    "",
    jobsSection(result.jobs),
    "",
    withPlans ? slowSection(result) : "",
  ].join("\n");
}

export function writeResults(result) {
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, "-");
  const base = path.join(dir, `${stamp}-${result.scale}`);
  writeFileSync(`${base}.json`, JSON.stringify(result, null, 2));
  writeFileSync(`${base}.md`, toMarkdown(result));
  return { json: `${base}.json`, md: `${base}.md`, summary: toMarkdown(result, { withPlans: false }) };
}
