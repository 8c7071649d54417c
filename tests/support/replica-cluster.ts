// A throwaway PostgreSQL primary and a streaming replica made with pg_basebackup -R, on free ports
// under one temporary directory, with the system's PostgreSQL tools (the embedded package ships no
// pg_basebackup). Its own primary because a shared server's pg_hba rarely allows replication.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** The newest installed PostgreSQL whose tools include pg_basebackup, or null. */
export function postgresTools(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_basebackup")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type ReplicaCluster = {
  primaryUrl: string;
  replicaUrl: string;
  stopPrimary(): void;
  startPrimary(): void;
  stopReplica(): void;
  /** commits stop waiting for the replica (before stopping it) */
  stopWaitingForReplica(): void;
  destroy(): void;
};

export async function startReplicaCluster(bin: string): Promise<ReplicaCluster> {
  const base = mkdtempSync(path.join(tmpdir(), "replica-test-"));
  chmodSync(base, 0o777);
  const primaryDir = path.join(base, "primary");
  const replicaDir = path.join(base, "replica");
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  // PostgreSQL refuses to run as root: run its tools as the postgres OS user then
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : path.join(bin, tool),
      asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args,
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
  const ctl = (dir: string, port: number, action: "start" | "stop") =>
    action === "start"
      ? run("pg_ctl", ["-D", dir, "-l", `${dir}.log`, "-o", `-p ${port} -k ${base} -c listen_addresses=127.0.0.1`, "-w", "start"])
      : run("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);
  const psql = (port: number, sql: string) =>
    execFileSync(
      path.join(bin, "psql"),
      ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-Atc", sql],
      {
        encoding: "utf8",
      },
    ).trim();

  run("initdb", ["--no-sync", "-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // initdb's trust setup already lets local and 127.0.0.1 connections replicate
  // remote_apply: a commit returns once the replica has applied it, so a read that follows sees it
  appendFileSync(
    primaryDir + "/postgresql.conf",
    "\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\nsynchronous_commit = remote_apply\n",
  );
  ctl(primaryDir, primaryPort, "start");
  psql(primaryPort, "CREATE DATABASE portal");
  run("pg_basebackup", [
    "--no-sync",
    "--checkpoint=fast",
    "-h",
    "127.0.0.1",
    "-p",
    String(primaryPort),
    "-U",
    "postgres",
    "-D",
    replicaDir,
    "-R",
    "-X",
    "stream",
  ]);
  ctl(replicaDir, replicaPort, "start");
  psql(primaryPort, "ALTER SYSTEM SET synchronous_standby_names = '*'");
  psql(primaryPort, "SELECT pg_reload_conf()");

  let primaryUp = true;
  let replicaUp = true;
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/portal`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/portal`,
    stopPrimary: () => (ctl(primaryDir, primaryPort, "stop"), (primaryUp = false)),
    startPrimary: () => (ctl(primaryDir, primaryPort, "start"), (primaryUp = true)),
    stopReplica: () => (ctl(replicaDir, replicaPort, "stop"), (replicaUp = false)),
    stopWaitingForReplica() {
      psql(primaryPort, "ALTER SYSTEM SET synchronous_standby_names = ''");
      psql(primaryPort, "SELECT pg_reload_conf()");
    },
    destroy() {
      if (replicaUp) ctl(replicaDir, replicaPort, "stop");
      if (primaryUp) ctl(primaryDir, primaryPort, "stop");
      rmSync(base, { recursive: true, force: true });
    },
  };
}
