import { expect, test, type Page } from "@playwright/test";
import { signIn, type AccountKey } from "./helpers";

// The Content-Security-Policy is enforced on every page, and no page of any role breaks it
// (issue 13.11): each role's pages are crawled from its home, following the links on them.

const PAGES_PER_ROLE = 16;
/** links that download a file or change something when followed */
const SKIP = /\/(export|template|pdf|file)(\/|$|\?)|\/api\//;

/** Collects violations seen by the page (init scripts run before any page script; the policy does not cover them). */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

/** Same pathname with ids replaced: one member file stands for all of them. */
const shape = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, ":id").replace(/\?.*$/, "");

async function crawl(page: Page, start: string, violations: string[]) {
  const queue = [start];
  const seen = new Set<string>();
  const visited: string[] = [];
  while (queue.length && visited.length < PAGES_PER_ROLE) {
    const path = queue.shift()!;
    if (seen.has(shape(path))) continue;
    seen.add(shape(path));
    const response = await page.goto(path);
    visited.push(path);
    expect(response?.status(), path).toBeLessThan(400);
    const policy = response?.headers()["content-security-policy"];
    expect(policy, `${path} has an enforced policy`).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(response?.headers()["content-security-policy-report-only"]).toBeUndefined();
    // the page's own scripts ran (hydration needs them): Next.js marks the root once it has
    await page.waitForLoadState("load");
    const inPage = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    violations.push(...inPage.map((v) => `${path}: ${v}`));
    const links = await page.locator("a[href^='/']").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    for (const link of links) if (!SKIP.test(link) && !seen.has(shape(link))) queue.push(link);
  }
  return visited;
}

const ROLES: { key: AccountKey; home: string }[] = [
  { key: "admin", home: "/admin" },
  { key: "secretary", home: "/community" },
  { key: "member", home: "/me" },
  { key: "unitAdmin", home: "/unit" },
];

for (const role of ROLES) {
  test(`the ${role.key}'s pages keep to the content security policy`, async ({ page }) => {
    test.setTimeout(240_000);
    const violations = await watchViolations(page);
    await signIn(page, role.key);
    const visited = await crawl(page, role.home, violations);
    expect(visited.length).toBeGreaterThan(3);
    test.info().annotations.push({ type: "pages", description: visited.join(" ") });
    expect(violations).toEqual([]);
  });
}

test("the public pages keep to the policy, and scripts without the nonce are blocked", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/login", "/register", "/unit-register", "/verify/NOSUCHCODE"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
  }
  // the sign-in form works (its scripts carry the nonce): a bad phone is answered in place
  await page.goto("/login");
  await page.getByLabel("手机号码").fill("12345");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  expect(violations).toEqual([]);

  // markup injected into the page cannot run script: the inline handler is refused
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", `<img src="/nope.png" onerror="window.injected = true">`),
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.join("\n")))
    .toContain("script-src");
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
