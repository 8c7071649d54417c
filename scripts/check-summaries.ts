// `npm run check:summaries [-- --repair]`: recomputes the dashboards' summary rows from the
// attendance records and reports every difference (exit 1 when there is one); `--repair` then
// rebuilds them. See docs/decisions/041-dashboard-summaries.md.
import { db } from "../lib/db.ts";
import { findSummaryDrift, rebuildSummaries } from "../lib/dashboards/summary-drift.ts";

const repair = process.argv.includes("--repair");
const started = Date.now();
const drift = await findSummaryDrift();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (!drift.length) {
  console.log(`[check:summaries] summaries equal the recomputation from the records (${seconds} s)`);
} else {
  console.log(`[check:summaries] ${drift.length}${drift.length >= 1000 ? "+" : ""} rows differ (${seconds} s):`);
  for (const d of drift.slice(0, 20)) {
    const show = (v: typeof d.expected) => (v ? `${v.services} services, ${v.tenths / 10} h` : "no row");
    console.log(
      `  community ${d.communityId} ${d.month} category ${d.categoryId} member ${d.memberId}: expected ${show(d.expected)}, stored ${show(d.stored)}`,
    );
  }
  if (repair) console.log(`[check:summaries] rebuilt: ${await rebuildSummaries()} rows`);
}
await db().$disconnect();
process.exit(drift.length && !repair ? 1 : 0);
