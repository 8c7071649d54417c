// When an app process dies, wait before starting it again, longer each time it died recently; give up
// when it keeps dying (a broken build or configuration would otherwise restart forever).

export const RESTART_POLICY = { maxDeaths: 5, windowMs: 60_000, firstDelayMs: 250, maxDelayMs: 8_000 };

/**
 * @param {number[]} deaths times (ms) of the deaths so far, the latest included
 * @param {number} now
 * @returns {{ giveUp: true, recent: number } | { giveUp: false, recent: number, delayMs: number }}
 */
export function nextRestart(deaths, now, policy = RESTART_POLICY) {
  const recent = deaths.filter((t) => now - t < policy.windowMs).length;
  if (recent >= policy.maxDeaths) return { giveUp: true, recent };
  const delayMs = Math.min(policy.firstDelayMs * 2 ** Math.max(0, recent - 1), policy.maxDelayMs);
  return { giveUp: false, recent, delayMs };
}
