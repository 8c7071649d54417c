// Posters and share cards (issue 14, item 6; decision 081): the registration poster's QR code opens
// registration with the community chosen; an activity's share card (PNG) and chat text; the public
// activity page with its link preview; what is not published is not found.
import { createActivity } from "../../prisma/factories.ts";
import { expect, signInAs, test } from "./fixtures";
import { darkPixels, decodePng, readQr } from "./qr";

test("the secretary prints the registration poster; its QR code opens registration with the community chosen", async ({
  page,
  browser,
  tenant,
  baseURL,
}) => {
  await signInAs(page, tenant.secretary);
  await page.goto("/community");
  await page.getByRole("link", { name: "打印报到海报" }).click();
  await expect(page).toHaveURL(/\/community\/poster$/);
  await expect(page).toHaveTitle(`报到海报 – ${tenant.community.name} · 在职党员进社区`);
  const poster = page.locator("article.poster-sheet");
  await expect(poster.getByRole("heading", { level: 1 })).toHaveText("请到社区报到");
  await expect(poster).toContainText(tenant.community.name);
  await expect(poster).toContainText("在职党员请用手机扫描下方二维码");
  await expect(page.getByRole("button", { name: "打印海报" })).toBeVisible();

  const url = readQr(await poster.locator(".poster-qr-code").screenshot());
  expect(url).toBe(`${baseURL}/register?c=${tenant.community.id}`);
  await expect(poster).toContainText(url!);

  // scanned by someone without an account: registration, the community chosen and shown
  const visitor = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 740 } });
  const phone = await visitor.newPage();
  await phone.goto(url!);
  await expect(phone.getByText(`报到社区：${tenant.street.name} · ${tenant.community.name}`)).toBeVisible();
  await expect(phone.getByLabel("姓名")).toBeVisible();
  await expect(phone).toHaveTitle(`在职党员报到 – ${tenant.community.name} – 党员服务 · 在职党员进社区`);
  await phone.getByRole("link", { name: "更换社区" }).click();
  await expect(phone.getByLabel("搜索社区")).toBeVisible();
  await visitor.close();
});

test("the street admin prints the poster of any community of the street, not of another street", async ({
  page,
  tenant,
  otherTenant,
  baseURL,
}) => {
  await signInAs(page, tenant.admin);
  await page.goto(`/admin/orgs/${tenant.community.id}`);
  await page.getByRole("link", { name: "打印报到海报" }).click();
  await expect(page).toHaveURL(`/admin/orgs/${tenant.community.id}/poster`);
  const poster = page.locator("article.poster-sheet");
  await expect(poster).toContainText(`扫码向${tenant.community.name}报到`);
  expect(readQr(await poster.locator(".poster-qr-code").screenshot())).toBe(`${baseURL}/register?c=${tenant.community.id}`);

  for (const path of [
    `/admin/orgs/${otherTenant.community.id}/poster`,
    `/admin/orgs/${tenant.grid.id}/poster`,
    "/admin/orgs/not-an-id/poster",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("registration without a link starts with 请选择 and finds the community by search", async ({ page, tenant }) => {
  await page.goto("/register");
  await page.getByLabel("搜索社区").fill(tenant.tag);
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("找到 1 个社区。");
  const choice = page.getByLabel("居住社区");
  await expect(choice.locator("option").first()).toHaveText("请选择");
  await expect(choice).toHaveValue("");
  await choice.selectOption({ label: `${tenant.street.name} · ${tenant.community.name}` });
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByText(`报到社区：${tenant.street.name} · ${tenant.community.name}`)).toBeVisible();

  await page.goto("/register?q=没有这个社区的名字");
  await expect(page.getByRole("status")).toContainText("没有找到名称包含");
  await expect(page.getByLabel("居住社区")).toHaveCount(0);
});

test("the secretary gets a share card and chat text; the card's QR code opens the public page", async ({
  page,
  browser,
  tenant,
  baseURL,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await signInAs(page, tenant.secretary);
  await page.goto(`/community/activities/${tenant.activity.id}`);
  const publicUrl = `${baseURL}/a/${tenant.activity.id}`;
  const share = page.locator("section").filter({ has: page.getByRole("heading", { name: "分享到微信群" }) });
  const text = share.getByLabel("群聊文字");
  await expect(text).toHaveValue(new RegExp(`^【社区活动】${tenant.activity.title}（${tenant.community.name}）\n时间：`));
  await expect(text).toHaveValue(/\n地点：党群服务中心\n/);
  await expect(text).toHaveValue(/名额：剩余 10 个名额（共 10 个）/);
  await expect(text).toHaveValue(new RegExp(`查看并报名：\n${publicUrl}$`));
  await share.getByRole("button", { name: "复制文字" }).click();
  await expect(share.getByRole("status")).toHaveText("已复制，可以粘贴到微信群");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());

  const image = share.getByRole("img", { name: `“${tenant.activity.title}”的分享图片` });
  await expect(image).toBeVisible();
  const src = await image.getAttribute("src");
  expect(src).toBe(`/a/${tenant.activity.id}/card`);
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const bytes = await response.body();
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([1080, 1440]);
  expect(readQr(bytes)).toBe(publicUrl);
  // the title is drawn (in the CJK font) where the card puts it, and the band above it is red
  expect(darkPixels(bytes, { x: 72, y: 260, width: 900, height: 100 })).toBeGreaterThan(2000);
  const band = (100 * png.width + 540) * 4;
  expect([png.data[band] > 150, png.data[band + 1] < 100]).toEqual([true, true]);

  // the QR code's address: the public page, for anyone
  const visitor = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 740 } });
  const phone = await visitor.newPage();
  await phone.goto(readQr(bytes)!);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(tenant.activity.title);
  await visitor.close();
});

test("the public activity page: public facts only, link preview tags, sign-in to sign up; drafts and cancelled are not found", async ({
  browser,
  tenant,
  baseURL,
}) => {
  const visitor = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 740 } });
  const page = await visitor.newPage();
  const path = `/a/${tenant.activity.id}`;
  await page.goto(path);
  await expect(page).toHaveTitle(`${tenant.activity.title} – ${tenant.community.name} · 在职党员进社区`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.activity.title);
  await expect(page.getByText("剩余 10 个名额（共 10 个）")).toBeVisible();
  await expect(page.getByText("党群服务中心")).toBeVisible();
  // nothing personal: not the member's name or phone, not the secretary's
  const body = await page.locator("body").innerText();
  for (const secret of [tenant.member.name, tenant.member.phone, tenant.secretary.name, tenant.secretary.phone]) {
    expect(body).not.toContain(secret);
  }

  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
  expect(await meta("og:title")).toBe(`${tenant.activity.title} – ${tenant.community.name}`);
  expect(await meta("og:description")).toContain(`${tenant.community.name} · `);
  expect(await meta("og:description")).toContain("党群服务中心 · 剩余 10 个名额");
  expect(await meta("og:url")).toBe(`${baseURL}${path}`);
  const ogImage = await meta("og:image");
  expect(ogImage).toBe(`${baseURL}${path}/og`);
  expect(await meta("og:image:width")).toBe("1200");
  const og = await page.request.get(ogImage!);
  expect(og.headers()["content-type"]).toBe("image/png");
  const ogPng = decodePng(await og.body());
  expect([ogPng.width, ogPng.height]).toEqual([1200, 630]);
  expect(readQr(await og.body())).toBe(`${baseURL}${path}`);

  await page.getByRole("link", { name: "登录后报名" }).click();
  await expect(page).toHaveURL(`/login?returnTo=${encodeURIComponent(`/me/activities/${tenant.activity.id}`)}`);
  await page.goto(path);
  await page.getByRole("link", { name: "先到社区报到" }).click();
  await expect(page.getByText(`报到社区：${tenant.street.name} · ${tenant.community.name}`)).toBeVisible();

  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  const draft = await createActivity({ communityId: tenant.community.id, startsAt, status: "DRAFT", publishedAt: null });
  const cancelled = await createActivity({ communityId: tenant.community.id, startsAt, status: "CANCELLED" });
  for (const id of [draft.id, cancelled.id, "not-an-id", "00000000-0000-0000-0000-000000000000", `${tenant.activity.id}x`]) {
    for (const suffix of ["", "/card", "/og"]) {
      const response = await page.request.get(`/a/${id}${suffix}`);
      expect(response.status(), `/a/${id}${suffix}`).toBe(404);
    }
  }
  await visitor.close();
});
