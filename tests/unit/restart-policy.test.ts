import { describe, expect, it } from "vitest";
import { nextRestart, RESTART_POLICY } from "../../scripts/lib/restart-policy.mjs";

describe("restarting a dead app process", () => {
  it("waits longer after each recent death", () => {
    const now = 1_000_000;
    expect(nextRestart([now], now)).toEqual({ giveUp: false, recent: 1, delayMs: 250 });
    expect(nextRestart([now - 2000, now], now)).toEqual({ giveUp: false, recent: 2, delayMs: 500 });
    expect(nextRestart([now - 3000, now - 2000, now], now)).toMatchObject({ delayMs: 1000 });
  });

  it("forgets deaths older than the window", () => {
    const now = 1_000_000;
    const old = [now - 600_000, now - 300_000, now - 120_000, now - 61_000];
    expect(nextRestart([...old, now], now)).toEqual({ giveUp: false, recent: 1, delayMs: 250 });
  });

  it("gives up at the fifth death within a minute", () => {
    const now = 1_000_000;
    const deaths = [now - 40_000, now - 30_000, now - 20_000, now - 10_000, now];
    expect(nextRestart(deaths, now)).toEqual({ giveUp: true, recent: RESTART_POLICY.maxDeaths });
  });

  it("never waits longer than the cap", () => {
    const policy = { ...RESTART_POLICY, maxDeaths: 100 };
    const now = 1_000_000;
    const deaths = Array.from({ length: 20 }, (_, i) => now - i * 100);
    expect(nextRestart(deaths, now, policy)).toMatchObject({ delayMs: RESTART_POLICY.maxDelayMs });
  });
});
