// `next start` from the existing build on a free port, as a child the caller can kill -9 and start
// again (the outage e2e and the fault-injection script). Waits until /api/health answers 200.
import { spawn } from "node:child_process";
import net from "node:net";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} baseUrl
 * @param {{ child?: import("node:child_process").ChildProcess, timeoutMs?: number, output?: () => string }} [options]
 */
export async function waitForHealth(baseUrl, { child, timeoutMs = 60_000, output = () => "" } = {}) {
  const started = Date.now();
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    // a connection accepted just as every app process died is never answered: do not wait on it forever
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the app was not healthy within ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `next start`; `stop()` ends it gently, `kill()` with SIGKILL as a crash would.
 * `onOutput` receives every chunk the app prints (`output()` keeps only the last 20,000 characters).
 * @param {{ databaseUrl: string, port?: number, env?: Record<string, string>, distDir?: string, onOutput?: (chunk: string) => void }} options
 */
export async function startApp({ databaseUrl, port, env = {}, distDir, onOutput }) {
  const appPort = port ?? (await freePort());
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JOBS_DISABLED: "1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
    onOutput?.(String(chunk));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const baseUrl = `http://localhost:${appPort}`;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const readyMs = await waitForHealth(baseUrl, { child, output: () => output });
  return {
    baseUrl,
    port: appPort,
    pid: child.pid,
    readyMs,
    output: () => output,
    async kill() {
      if (child.exitCode === null && !child.signalCode) signal("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode) return;
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
