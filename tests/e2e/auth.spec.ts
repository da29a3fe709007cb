import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

const LOCK_TEST_USERNAME = "e2e.khoa";

test("the public home page is in Vietnamese", async ({ page }) => {
  const noErrors = failOnConsoleErrors(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hệ thống quản lý đào tạo, bồi dưỡng cán bộ");
  await expect(page.getByRole("link", { name: "Đăng nhập để bắt đầu" })).toBeVisible();
  noErrors();
});

test("the language can be switched to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cadre training management system");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hệ thống quản lý đào tạo, bồi dưỡng cán bộ");
});

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/center");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Đăng nhập hệ thống" })).toBeVisible();
});

const DEMO_ACCOUNTS = [
  { username: "admin", home: "/admin", role: "Quản trị hệ thống" },
  { username: "bgh", home: "/school", role: "Ban Giám hiệu" },
  { username: "daotao", home: "/school", role: "Phòng Quản lý đào tạo" },
  { username: "giangvien", home: "/lecturer", role: "Giảng viên" },
  { username: "ttchilang", home: "/center", role: "Trung tâm chính trị" },
  { username: "ttdinhlap", home: "/center", role: "Trung tâm chính trị" },
  { username: "bantuyengiao", home: "/board", role: "Ban Tuyên giáo Tỉnh ủy" },
  // The leadership of the eight schools of the emulation cluster (the head school first).
  ...["cumtruong", "bgh-hg", "bgh-db", "bgh-cb", "bgh-lc", "bgh-lca", "bgh-sl"].map((username) => ({ username, home: "/school", role: "Ban Giám hiệu" })),
];

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} signs in and lands on the ${account.home} home page`, async ({ page }) => {
    const noErrors = failOnConsoleErrors(page);
    await signIn(page, account.username);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Xin chào");
    await expect(page.getByTestId("viewer-name")).toContainText(account.role);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto(account.home);
    await expect(page).toHaveURL(/\/sign-in$/);
    noErrors();
  });
}

test("a wrong password shows the Vietnamese error and keeps the username", async ({ page }) => {
  await signIn(page, "ttchilang", "sai-mat-khau");
  await expect(page.getByTestId("form-message")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Tên đăng nhập hoặc email")).toHaveValue("ttchilang");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an empty form is refused with messages by the fields", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByLabel("Tên đăng nhập hoặc email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-identifier-error")).toHaveText("Vui lòng nhập trường này.");
  await expect(page.locator("#field-password-error")).toHaveText("Vui lòng nhập trường này.");
});

test("after five wrong passwords the account is locked, even for the right password", async ({ page }) => {
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, LOCK_TEST_USERNAME, `sai-${attempt}`);
    await expect(page.getByTestId("form-message")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await signIn(page, LOCK_TEST_USERNAME, "sai-5");
  await expect(page.getByTestId("form-message")).toContainText("Tài khoản tạm khóa do đăng nhập sai quá 5 lần liên tiếp");
  await signIn(page, LOCK_TEST_USERNAME);
  await expect(page.getByTestId("form-message")).toContainText("Tài khoản tạm khóa");
  await expect(page).toHaveURL(/\/sign-in$/);
});
