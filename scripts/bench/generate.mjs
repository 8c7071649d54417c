#!/usr/bin/env node
// `npm run bench:data -- --scale district|street|tiny [--database name]`: a benchmark database,
// dropped and recreated, migrated, then filled deterministically by set-based SQL run inside
// PostgreSQL (INSERT … SELECT over generate_series; no rows travel from Node). See bench/README.md.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { migrateDeploy, recreateDatabase } from "../lib/database.mjs";
import { parseArgs, log as logger, seconds } from "./lib/args.mjs";
import { benchDatabase } from "./lib/target.mjs";
import { BENCH_PASSWORD, SEED, YEARS, makePlan } from "./data/plan.mjs";
import { createHelpers, insertOrganizations } from "./data/sql-orgs.mjs";
import { insertMembers } from "./data/sql-members.mjs";
import { createTemplates, insertMenus, insertPledges } from "./data/sql-service.mjs";
import { pickParticipants, planActivities, rankActiveMembers, sizeParticipation } from "./data/sql-activities.mjs";
import { insertActivities, insertPoints, insertRecords, insertSignups } from "./data/sql-records.mjs";
import { insertCouncil } from "./data/sql-council.mjs";
import { insertNeeds } from "./data/sql-needs.mjs";
import { findTargets, insertAccounts, insertNotifications, writeManifest } from "./data/sql-accounts.mjs";

const log = logger("bench:data");
const TABLES = [
  "Organization",
  "User",
  "RoleGrant",
  "Member",
  "UnitReport",
  "ServiceItem",
  "Pledge",
  "Activity",
  "Signup",
  "ActivityRecord",
  "PointsEntry",
  "Notification",
  "CouncilSeat",
  "Consultation",
  "ConsultationOpinion",
  "Need",
  "NeedClaim",
];

/** Same cost as lib/auth/password.ts (argon2id, OWASP minimum), hashed once for every bench account. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Start of today in Beijing: the data is the same all day, and "upcoming" means from tomorrow on. */
function beijingMidnight(now = new Date()) {
  const offset = 8 * 3_600_000;
  const local = new Date(now.getTime() + offset);
  local.setUTCHours(0, 0, 0, 0);
  return new Date(local.getTime() - offset);
}

export async function generate({ scale, database }) {
  const plan = makePlan(scale);
  const target = await benchDatabase({ scale, database, log });
  const timings = [];
  const t0 = Date.now();
  const step = async (name, fn) => {
    const started = Date.now();
    const result = await fn();
    const ms = Date.now() - started;
    timings.push({ step: name, ms });
    log(`${name.padEnd(34)} ${seconds(ms).padStart(8)}`);
    return result;
  };
  let client;
  try {
    log(
      `scale ${scale}: ${plan.spec.communities} communities, ${plan.spec.members.toLocaleString("en")} members, ` +
        `${plan.spec.activities.toLocaleString("en")} activities, ~${plan.spec.records.toLocaleString("en")} records → ${target.name}`,
    );
    await step("drop, create, migrate", async () => {
      await recreateDatabase(target.url);
      migrateDeploy(target.url);
    });
    const passwordHash = await step("hash the bench password once", () => hash(BENCH_PASSWORD, ARGON2_OPTIONS));
    const anchor = beijingMidnight();
    const lastYear = new Date(anchor.getTime() + 8 * 3_600_000).getUTCFullYear();
    const years = { firstYear: lastYear - (YEARS - 1), lastYear, anchor };

    client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await createHelpers(client);
    await step("streets, communities, grids, units", () => insertOrganizations(client, plan, anchor));
    await step("members (+ accounts, grants)", () => insertMembers(client, plan, anchor, passwordHash));
    await step("service menus (5 years)", async () => {
      await createTemplates(client);
      await insertMenus(client, years);
    });
    await step("pledges", () => insertPledges(client, years));
    const scaleFactor = await step("plan activities and participants", async () => {
      await rankActiveMembers(client);
      await planActivities(client, { anchor });
      const factor = await sizeParticipation(client, { recordsTarget: plan.spec.records });
      await pickParticipants(client);
      return factor;
    });
    await step("activities", () => insertActivities(client, { anchor }));
    await step("sign-ups", () => insertSignups(client, { anchor }));
    await step("attendance records", () => insertRecords(client, { anchor }));
    await step("points entries (EARN)", () => insertPoints(client));
    await step("council seats and consultations", () => insertCouncil(client, { anchor }));
    await step("needs (~2 per member), claims", () => insertNeeds(client, years));
    const targets = await step("bench accounts, notifications", async () => {
      const found = await findTargets(client);
      const accounts = await insertAccounts(client, { targets: found, anchor, passwordHash });
      await insertNotifications(client, { anchor });
      return { ...found, accounts };
    });
    await step("VACUUM ANALYZE", () => client.query("VACUUM (ANALYZE)"));

    const counts = {};
    for (const table of TABLES) counts[table] = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
    const totalMs = Date.now() - t0;
    const manifest = {
      scale,
      seed: SEED,
      anchor: anchor.toISOString(),
      generatedAt: new Date().toISOString(),
      password: BENCH_PASSWORD,
      accounts: targets.accounts,
      orgs: { community: targets.community, street: targets.street, unit: targets.unit },
      participationScale: Number(scaleFactor.toFixed(4)),
      counts,
      timings,
      totalMs,
    };
    await writeManifest(client, target.name, manifest);
    log(`total ${seconds(totalMs)}`);
    log(
      `rows: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
        .join(", ")}`,
    );
    log(
      `largest community ${targets.community.members} members; largest street ${targets.street.members}; largest unit ${targets.unit.members}`,
    );
    log(
      `accounts (password ${BENCH_PASSWORD}): admin ${targets.accounts.admin}, secretary ${targets.accounts.secretary}, ` +
        `unit admin ${targets.accounts.unitAdmin}, member ${targets.accounts.member} (${targets.accounts.memberRecords} confirmed records)`,
    );
    return { url: target.url, name: target.name, manifest };
  } finally {
    await client?.end().catch(() => {});
    await target.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs();
  const scale = typeof options.scale === "string" ? options.scale : "street";
  generate({ scale, database: options.database }).catch((error) => {
    console.error(`[bench:data] failed: ${error.stack ?? error}`);
    process.exit(1);
  });
}
