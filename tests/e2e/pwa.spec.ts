// Installable (issue 14, item 7; decision 081): the manifest and icons, the service worker, the
// offline page for a page request without network, and no personal page ever kept by the worker.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, signInAs, test } from "./fixtures";
import { decodePng } from "./qr";

// every other spec blocks service workers (playwright.config.ts); these are about it
test.use({ serviceWorkers: "allow" });

test("the web app manifest and its icons are served, the page links them and the service worker is registered", async ({
  page,
}) => {
  const response = await page.request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "在职党员进社区",
    short_name: "党员进社区",
    lang: "zh-CN",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#b91c1c",
  });
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
    const file = await page.request.get(icon.src);
    expect(file.headers()["content-type"]).toBe("image/png");
    const png = decodePng(await file.body());
    expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    sizes.push(`${icon.sizes} ${icon.purpose}`);
  }
  expect(sizes).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);

  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#b91c1c");
  const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(new URL(scriptURL!).pathname).toBe("/sw.js");
});

test("Chromium's own installability check finds nothing missing (add to home screen)", async ({
  playwright,
  baseURL,
}, testInfo) => {
  // a test context is incognito, where Chromium never offers installing: a profile of its own
  const profile = mkdtempSync(path.join(tmpdir(), "pwa-profile-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    locale: "zh-CN",
    serviceWorkers: "allow",
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/login");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("offline, a page request shows the offline page; a personal page is never served from the worker's cache", async ({
  page,
  context,
  tenant,
}) => {
  await signInAs(page, tenant.member);
  await page.goto("/me");
  await expect(page.getByText(tenant.member.name).first()).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // from now on the worker controls the page's requests
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.goto("/me/activities");
  await page.goto("/me");
  await expect(page.getByText(tenant.member.name).first()).toBeVisible();

  // nothing the worker keeps is a page of the portal other than the offline page, nor an API answer
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain("/offline.html");
  const kept = cached.filter((path) => !path.startsWith("/_next/static/") && !path.startsWith("/icons/"));
  expect(kept.sort()).toEqual(["/manifest.webmanifest", "/offline.html"]);

  await context.setOffline(true);
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("网络未连接");
  await expect(page).toHaveTitle("网络未连接 · 在职党员进社区");
  await expect(page.getByText(tenant.member.name)).toHaveCount(0);
  await page.goto(`/a/${tenant.activity.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("网络未连接");

  await context.setOffline(false);
  await page.getByRole("link", { name: "重新加载" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.activity.title);
});

test("the service worker is served fresh and the CSP allows it and the manifest", async ({ page }) => {
  const sw = await page.request.get("/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toContain("javascript");
  expect(sw.headers()["cache-control"]).toBe("no-cache");
  const login = await page.request.get("/login");
  const csp = login.headers()["content-security-policy"];
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
});
