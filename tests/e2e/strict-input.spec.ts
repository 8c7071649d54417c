import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Bad input is a 403/404 or the page's default, never a 500 (issue 13.9).

test("a server action posted from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { "Next-Action": "7f".repeat(21), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test("out-of-range and malformed page numbers show a page, never an error", async ({ page }) => {
  await signIn(page, "secretary");
  const lists = [
    "/community/activities",
    "/community/points",
    "/community/roster",
    "/community/ratings/scores",
    "/community/ratings/honour-roll",
    "/notifications",
  ];
  for (const list of lists) {
    for (const bad of ["1e99", "-1", "0x10", "99999999999"]) {
      const response = await page.goto(`${list}?page=${bad}&year=2e3`);
      expect(response?.status(), `${list}?page=${bad}`).toBe(200);
    }
  }
});

test("the street admin's lists take any page number too", async ({ page }) => {
  await signIn(page, "admin");
  for (const list of ["/admin/users", "/admin/units", "/admin/audit"]) {
    const response = await page.goto(`${list}?page=1e99&q=%00x`);
    expect(response?.status(), list).toBe(200);
  }
});
