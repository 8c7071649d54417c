import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { freePort, waitForHealth } from "../../scripts/lib/app-server.mjs";

// `npm start` itself (scripts/start.mjs) against the e2e database, with its own port: the app
// processes are killed with SIGKILL as a crash or the OOM killer would, and the site must come back
// without a human; an app that cannot start at all makes the supervisor give up instead of looping.

type Supervisor = {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  startedPids: () => number[];
  exited: Promise<number | null>;
};

async function startSupervisor(env: Record<string, string>): Promise<Supervisor> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    // the e2e database holds the demo accounts: npm start would refuse it without this
    env: { ...process.env, PORT: String(port), JOBS_DISABLED: "1", ALLOW_DEMO_PASSWORDS: "1", ...env },
    detached: true, // its own process group, as a terminal gives it: Ctrl-C goes to the whole group
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const startedPids = () => [...output.matchAll(/app process (\d+) started/g)].map((m) => Number(m[1]));
  return { child, baseUrl: `http://localhost:${port}`, output: () => output, startedPids, exited };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, what: string, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("npm start restarts app processes killed with SIGKILL, and Ctrl-C stops everything", async () => {
  test.setTimeout(180_000);
  const supervisor = await startSupervisor({ WEB_CONCURRENCY: "2" });
  try {
    await until(() => /\[start\] ready in/.test(supervisor.output()), "start-up", supervisor.output, 120_000);
    const first = supervisor.startedPids();
    expect(first).toHaveLength(2);

    for (const pid of first) process.kill(pid, "SIGKILL");
    await until(() => supervisor.startedPids().length === 4, "two new app processes", supervisor.output);
    await waitForHealth(supervisor.baseUrl, { output: supervisor.output });
    expect(first.some(isAlive)).toBe(false);
    const response = await fetch(`${supervisor.baseUrl}/login`);
    expect(response.status).toBe(200);

    process.kill(-supervisor.child.pid!, "SIGINT");
    expect(await supervisor.exited).toBe(0);
    expect(supervisor.startedPids().filter(isAlive)).toEqual([]);
    await expect(fetch(`${supervisor.baseUrl}/api/health`)).rejects.toThrow();
  } finally {
    if (supervisor.child.exitCode === null) process.kill(-supervisor.child.pid!, "SIGKILL");
  }
});

test("npm start gives up when the app keeps dying", async () => {
  test.setTimeout(120_000);
  // no build in that directory: every app process exits at once
  const supervisor = await startSupervisor({ WEB_CONCURRENCY: "1", NEXT_DIST_DIR: ".next-does-not-exist" });
  try {
    expect(await supervisor.exited).toBe(1);
    expect(supervisor.output()).toMatch(/5 deaths within a minute: giving up/);
    expect(supervisor.startedPids()).toHaveLength(5);
    expect(supervisor.startedPids().filter(isAlive)).toEqual([]);
  } finally {
    if (supervisor.child.exitCode === null) process.kill(-supervisor.child.pid!, "SIGKILL");
  }
});
