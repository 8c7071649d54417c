// The app processes of `npm start`: one `next start` per core (WEB_CONCURRENCY to choose) as workers of
// Node's cluster module, which shares the listening port between them. A process that dies is
// started again after a back-off; when they keep dying the supervisor gives up (see restart-policy).
// Workers exit by themselves when the supervisor is killed (their IPC channel closes).
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { nextRestart } from "./restart-policy.mjs";

const STOP_GRACE_MS = 10_000;

export function appProcessCount(value = process.env.WEB_CONCURRENCY) {
  if (value === undefined || value === "") return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`WEB_CONCURRENCY must be a whole number ≥ 1, not "${value}"`);
  return count;
}

function stopWorker(worker) {
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    const force = setTimeout(() => worker.process.kill("SIGKILL"), STOP_GRACE_MS);
    worker.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    worker.process.kill("SIGTERM");
  });
}

/**
 * @param {{ port: string | number, env: Record<string, string>, processes: number,
 *           log: (message: string) => void, onGiveUp: () => void }} options
 */
export function superviseApp({ port, env, processes, log, onGiveUp }) {
  cluster.setupPrimary({ exec: "node_modules/next/dist/bin/next", args: ["start", "-p", String(port)] });
  const deaths = [];
  const restartTimers = new Set();
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork(env);
    log(`app process ${worker.process.pid} started`);
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    deaths.push(now);
    const how = signal ? `killed by ${signal}` : `exited with ${code}`;
    const decision = nextRestart(deaths, now);
    if (decision.giveUp) {
      log(`app process ${worker.process.pid} ${how}; ${decision.recent} deaths within a minute: giving up`);
      onGiveUp();
      return;
    }
    log(`app process ${worker.process.pid} ${how}; starting another in ${decision.delayMs} ms`);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (!stopping) fork();
    }, decision.delayMs);
    restartTimers.add(timer);
  });

  for (let i = 0; i < processes; i++) fork();

  return {
    pids: () => Object.values(cluster.workers ?? {}).map((worker) => worker.process.pid),
    async stop() {
      stopping = true;
      for (const timer of restartTimers) clearTimeout(timer);
      await Promise.all(Object.values(cluster.workers ?? {}).map(stopWorker));
    },
  };
}
