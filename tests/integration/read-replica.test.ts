import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCommunityDashboard } from "@/lib/dashboards/get-community-dashboard";
import { isDatabaseUnavailable } from "@/lib/database-outage";
import { signUpForActivity } from "@/lib/activities/sign-up-for-activity";
import { db, resetDatabaseClientsForTests } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { postgresTools, startReplicaCluster, type ReplicaCluster } from "../support/replica-cluster";
import { createActivity, createMemberActors } from "../support/activity-world";
import { createStreetWorld } from "../support/world";

// PostgreSQL's own streaming replication (issue 11, decision 043): dashboards read from the replica
// and fall back to the primary; sign-ups always write to the primary. This file starts its own
// primary and replica (the shared server's pg_hba allows no replication).
const tools = postgresTools();
if (!tools) console.warn("read-replica test skipped: no PostgreSQL tools with pg_basebackup under /usr/lib/postgresql");

describe.skipIf(!tools)("a streaming read replica", () => {
  let cluster: ReplicaCluster;
  const saved = { primary: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };

  beforeAll(async () => {
    cluster = await startReplicaCluster(tools!);
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: cluster.primaryUrl },
      stdio: "ignore",
    });
    process.env.DATABASE_URL = cluster.primaryUrl;
    process.env.DATABASE_REPLICA_URL = cluster.replicaUrl;
    resetEnvForTests();
    await resetDatabaseClientsForTests();
  }, 120_000);

  afterAll(async () => {
    await resetDatabaseClientsForTests();
    cluster?.destroy();
    process.env.DATABASE_URL = saved.primary;
    if (saved.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
    else process.env.DATABASE_REPLICA_URL = saved.replica;
    resetEnvForTests();
  });

  it("reads dashboards from the replica, writes sign-ups to the primary, and falls back when the replica stops", async () => {
    const world = await createStreetWorld();
    const members = await createMemberActors(world, 3);
    const activity = await createActivity(world, { capacity: 5 });
    const year = Number(new Date().toLocaleString("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }));
    const dashboard = () => getCommunityDashboard({ actor: world.secretary, input: { year } });

    expect((await dashboard()).headline.verified).toBe(3);
    await signUpForActivity({ actor: members[0], input: { activityId: activity.id } });

    // the primary is gone: the dashboard still answers (from the replica), a sign-up cannot be written
    cluster.stopWaitingForReplica();
    cluster.stopPrimary();
    expect((await dashboard()).headline.verified).toBe(3);
    const refused = await signUpForActivity({ actor: members[1], input: { activityId: activity.id } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);

    // the replica is gone and the primary back: dashboards fall back to the primary, sign-ups work
    cluster.startPrimary();
    cluster.stopReplica();
    expect((await dashboard()).headline.verified).toBe(3);
    await signUpForActivity({ actor: members[1], input: { activityId: activity.id } });
    const confirmed = await db().signup.count({ where: { activityId: activity.id, status: "CONFIRMED" } });
    expect(confirmed).toBe(2);
  }, 120_000);
});
