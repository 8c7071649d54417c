// The accessibility pass of issue 14: every page reachable by links from each role's home (and the
// public pages), in both languages, checked by axe (WCAG 2.0/2.1/2.2 A and AA, target-size included)
// with no critical or serious violation; member and public pages at 360 px. The same crawl checks
// that every page has a title of its own ("what – where · app", decision 080).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { signIn, type AccountKey } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** pages per crawl: enough for every route of a role (the secretary has ~30), a few minutes per run */
const MAX_PAGES = 45;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Addresses that are not pages: files, downloads, the auth API. */
const NOT_A_PAGE = [/^\/api\//, /\/pdf$/, /\/file$/, /\/export$/, /\/template$/, /\/checkin\/code$/, /\/pdf-jobs\//];

/** A route pattern: ids (uuids, numbers, letter codes) collapsed, the query dropped. */
export function routePattern(pathname: string) {
  return pathname
    .split("/")
    .map((part) =>
      /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(part) || /^\d+$/.test(part) || /^[A-Z0-9]{8,}$/.test(part) ? ":id" : part,
    )
    .join("/");
}

type Finding = { url: string; rule: string; impact: string; targets: string[]; help: string };

async function sameOriginLinks(page: Page, origin: string) {
  const hrefs = await page.$$eval("a[href]:not([download])", (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && !NOT_A_PAGE.some((re) => re.test(url.pathname)))
    .map((url) => `${url.pathname}${url.search}`);
}

/**
 * Breadth-first from `start`, one page per route pattern: axe on each, its title and h1 recorded.
 */
async function crawl(page: Page, start: string, origin: string) {
  const queue = [start];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const titles = new Map<string, string>();
  while (queue.length && titles.size < MAX_PAGES) {
    const address = queue.shift()!;
    const pattern = routePattern(new URL(address, origin).pathname);
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    const response = await page.goto(address);
    if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    // a link the role may not follow (403/404 pages are pages too, but not the role's own)
    if (response.status() >= 400) continue;
    // a redirect (to the sign-in page, to the role's home) lands on a pattern of its own
    const landed = routePattern(new URL(page.url()).pathname);
    if (landed !== pattern && seen.has(landed)) continue;
    seen.add(landed);
    titles.set(landed, await page.title());
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const violation of result.violations) {
      if (violation.impact !== "critical" && violation.impact !== "serious") continue;
      findings.push({
        url: page.url(),
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      });
    }
    for (const link of await sameOriginLinks(page, origin)) {
      if (!seen.has(routePattern(new URL(link, origin).pathname))) queue.push(link);
    }
  }
  return { findings, titles };
}

async function newPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  return { context, page: await context.newPage() };
}

/** The language chosen by its cookie (decision 001), as the switch in the header sets it. */
async function useLocale(page: Page, locale: "zh-CN" | "en", origin: string) {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: origin }]);
}

function expectCleanAndTitled(result: Awaited<ReturnType<typeof crawl>>, appName: string) {
  const { findings, titles } = result;
  test.info().annotations.push({ type: "pages checked", description: `${titles.size}: ${[...titles.keys()].join(" ")}` });
  expect(titles.size, "the crawl reached more than the home page").toBeGreaterThan(1);
  expect(findings, `critical/serious axe violations:\n${JSON.stringify(findings, null, 2)}`).toEqual([]);
  // every page: a title of its own, more than the app name
  const byTitle = new Map<string, string[]>();
  for (const [pattern, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), pattern]);
  const bare = [...titles].filter(([, title]) => title.trim() === appName || !title.includes(" – "));
  expect(bare, "pages titled only with the app name (or without 'what – where')").toEqual([]);
  const shared = [...byTitle].filter(([, patterns]) => patterns.length > 1);
  expect(shared, "pages sharing one title").toEqual([]);
}

const APP_NAME = { "zh-CN": "在职党员进社区", en: "" } as const;

const ROLES: { key: AccountKey; viewport: typeof PHONE }[] = [
  { key: "admin", viewport: DESKTOP },
  { key: "secretary", viewport: DESKTOP },
  { key: "member", viewport: PHONE },
  { key: "unitAdmin", viewport: DESKTOP },
];

for (const locale of ["zh-CN", "en"] as const) {
  for (const { key, viewport } of ROLES) {
    test(`axe and titles: every page reachable from the ${key}'s home (${locale}, ${viewport.width} px)`, async ({
      browser,
      baseURL,
    }) => {
      // the secretary's crawl visits every page of the area: 4.7–4.8 min under `npm test`'s two
      // workers on 2 cores (2026-12-07), and it timed out at 5 min in a fresh-clone run
      test.setTimeout(600_000);
      const origin = new URL(baseURL!).origin;
      const { context, page } = await newPage(browser, viewport);
      // the sign-in helper types into the Chinese form; the language is switched after it
      await signIn(page, key);
      await useLocale(page, locale, origin);
      const home = new URL(page.url()).pathname;
      const appName = APP_NAME[locale] || (await page.evaluate(() => document.title.split(" · ").at(-1) ?? ""));
      expectCleanAndTitled(await crawl(page, home, origin), appName);
      await context.close();
    });
  }

  test(`axe and titles: the public pages (${locale}, 360 px)`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const origin = new URL(baseURL!).origin;
    const { context, page } = await newPage(browser, PHONE);
    await useLocale(page, locale, origin);
    const result = await crawl(page, "/login", origin);
    // registration, password reset and unit registration are linked from the sign-in page
    for (const pattern of ["/login", "/register", "/reset-password", "/unit-register"]) {
      expect([...result.titles.keys()], `${pattern} was checked`).toContain(pattern);
    }
    const appName = APP_NAME[locale] || (await page.evaluate(() => document.title.split(" · ").at(-1) ?? ""));
    expectCleanAndTitled(result, appName);
    await context.close();
  });
}
