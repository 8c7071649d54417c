import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts.mjs";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { startTcpProxy } from "../../scripts/lib/tcp-proxy.mjs";
import { account, errorSummary, signIn } from "./helpers";

// The shared PostgreSQL server is never stopped (other suites use it): this test starts its own
// app whose database connection runs through a TCP relay, and cuts the relay. The app really loses
// its database (open connections reset, new ones refused) for a few seconds.
test("the database goes away: a maintenance page with 503, a form that keeps what was typed, then the page works again", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const database = new URL(process.env.DATABASE_URL!);
  const relay = await startTcpProxy({ targetHost: database.hostname, targetPort: Number(database.port || 5432) });
  const viaRelay = new URL(database);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relay.port);
  const app = await startApp({ databaseUrl: viaRelay.toString() });
  try {
    const secretary = await (await browser.newContext({ baseURL: app.baseUrl })).newPage();
    await signIn(secretary, "secretary");
    await secretary.goto("/community/roster");
    await expect(secretary.getByRole("heading", { level: 1, name: "党员名册" })).toBeVisible();

    // someone has the sign-in form filled in when the database goes
    const visitor = await (await browser.newContext({ baseURL: app.baseUrl })).newPage();
    await visitor.goto("/login");
    await visitor.getByLabel("手机号码").fill(account("member").phone);
    await visitor.getByLabel("密码").fill(DEMO_PASSWORD);

    await relay.cut();

    const response = await secretary.goto("/community/roster");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("10");
    await expect(secretary.getByRole("heading", { level: 1, name: "系统维护中" })).toBeVisible();
    await expect(secretary.getByText("数据库暂时无法连接，请稍后再试。")).toBeVisible();

    await visitor.getByRole("button", { name: "登录" }).click();
    await expect(errorSummary(visitor)).toContainText("系统维护中：数据库暂时无法连接，请稍后再试。");
    await expect(visitor.getByLabel("手机号码")).toHaveValue(account("member").phone);

    await relay.restore();

    // the maintenance page reloads itself after Retry-After seconds: the roster is back
    await expect(secretary.getByRole("heading", { level: 1, name: "党员名册" })).toBeVisible({ timeout: 45_000 });
    await visitor.getByLabel("密码").fill(DEMO_PASSWORD);
    await visitor.getByRole("button", { name: "登录" }).click();
    await visitor.waitForURL((url) => !url.pathname.startsWith("/login"));
  } finally {
    await app.stop();
    await relay.close();
  }
});
