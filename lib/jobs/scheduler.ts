import { eraseExpiredNeedContacts } from "../needs/erase-need-contacts.ts";
import { sendActivityReminders, type ReminderResult } from "../notifications/send-activity-reminders.ts";

const FIRST_RUN_MS = 30_000;
const INTERVAL_MS = 10 * 60 * 1000;

type Job = { name: string; run: () => Promise<unknown> };

const JOBS: Job[] = [
  { name: "activity reminders", run: () => sendActivityReminders() },
  // residents' contact details and photos, erased after the retention time (issue 9, item 10)
  { name: "need contact erasure", run: () => eraseExpiredNeedContacts() },
];

/**
 * Runs a job without ever throwing and without overlapping itself: a tick that comes while the
 * previous run is still going is skipped. Exported for tests.
 */
export function guardedRunner(job: Job, log: Pick<Console, "info" | "error"> = console) {
  let running: Promise<void> | null = null;
  return function tick(): Promise<void> {
    if (running) return running;
    running = (async () => {
      try {
        const result = await job.run();
        if (result && typeof result === "object" && !(result as ReminderResult).skipped)
          log.info(`[jobs] ${job.name}: ${JSON.stringify(result)}`);
      } catch (error) {
        log.error(`[jobs] ${job.name} failed`, error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

const state = globalThis as unknown as { __portalJobsStop?: () => void };

/**
 * The in-process scheduler (see docs/decisions/004-scheduled-jobs.md): every job runs about 30 s
 * after start and then every 10 minutes. Timers are unref'd so they never keep a process alive.
 * Started at most once per process (dev reloads included); returns a stop function.
 */
export function startScheduler(): () => void {
  if (state.__portalJobsStop) return state.__portalJobsStop;
  const ticks = JOBS.map((job) => guardedRunner(job));
  const runAll = () => {
    for (const tick of ticks) void tick();
  };
  const first = setTimeout(runAll, FIRST_RUN_MS);
  first.unref();
  const interval = setInterval(runAll, INTERVAL_MS);
  interval.unref();
  const stop = () => {
    clearTimeout(first);
    clearInterval(interval);
    state.__portalJobsStop = undefined;
  };
  state.__portalJobsStop = stop;
  console.info(`[jobs] scheduler started: ${JOBS.map((j) => j.name).join(", ")} every ${INTERVAL_MS / 60_000} min`);
  return stop;
}
