import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// The administrator's account work, end to end: create an account, edit it, reset its password, read the
// audit log with old → new values, and the reset password forces a change at the next sign-in.

test("an administrator creates an account, resets its password and finds both in the audit log", async ({ page }) => {
  const noErrors = failOnConsoleErrors(page);
  const username = `e2e.tk.${Date.now().toString(36)}`;

  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tài khoản" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản người dùng" })).toBeVisible();

  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/new$/);

  // A bad form first: messages by the fields, and what was typed is kept.
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill("Có Dấu");
  await page.getByLabel("Họ và tên").fill("Triệu Thị Kiểm Thử");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.locator("#field-username-error")).toContainText("Tên đăng nhập chỉ gồm chữ thường không dấu");
  await expect(page.locator("#field-role-error")).toHaveText("Vui lòng chọn một giá trị.");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Triệu Thị Kiểm Thử");

  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(username);
  await page.getByLabel("Email (không bắt buộc)").fill(`${username}@example.vn`);
  await page.getByLabel("Vai trò").selectOption({ label: "Phòng Quản lý đào tạo" });
  await page.getByLabel("Đơn vị").selectOption({ label: "Trường Chính trị Hoàng Văn Thụ (Trường chính trị)" });
  await expect(page.getByLabel("Tạo mật khẩu tạm thời ngẫu nhiên (hiển thị một lần)")).toBeChecked();
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();

  const created = page.getByRole("status").filter({ hasText: `Đã tạo tài khoản ${username}.` });
  await expect(created).toBeVisible();
  const firstPassword = (await created.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(firstPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{12}$/);

  await created.getByRole("link", { name: "Xem tài khoản vừa tạo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Triệu Thị Kiểm Thử" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Vai trò và đơn vị" })).toContainText("Trường Chính trị Hoàng Văn Thụ");

  // Rename the account: the audit log will show the old and new name.
  await page.getByLabel("Họ và tên").fill("Triệu Thị Đã Sửa");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu thông tin tài khoản." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Triệu Thị Đã Sửa" })).toBeVisible();

  const resetSection = page.getByRole("region", { name: "Đặt lại mật khẩu" });
  await resetSection.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  const reset = resetSection.getByRole("status").filter({ hasText: "Đã đặt lại mật khẩu." });
  await expect(reset).toBeVisible();
  const secondPassword = (await reset.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(secondPassword).toHaveLength(12);
  expect(secondPassword).not.toBe(firstPassword);

  await page.getByRole("link", { name: "Xem nhật ký thao tác trên tài khoản này" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entity=User&entityId=/);
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký thao tác" })).toBeVisible();
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(4);
  const update = rows.filter({ hasText: "Cập nhật" });
  await expect(update).toContainText("Họ và tên: Triệu Thị Kiểm Thử → Triệu Thị Đã Sửa");
  await expect(update).toContainText("Quản trị hệ thống");
  const resetRow = rows.filter({ hasText: "Đặt lại mật khẩu" });
  await expect(resetRow).toContainText("Mật khẩu: (đã ẩn) → (đã ẩn)");
  await expect(rows.filter({ hasText: "Tạo mới" })).toContainText(`Tên đăng nhập: (trống) → ${username}`);
  await expect(rows.filter({ hasText: "Thêm vai trò" })).toContainText("Vai trò: (trống) → Phòng Quản lý đào tạo");
  await expect(page.getByText(firstPassword)).toHaveCount(0);
  noErrors();

  // The new account signs in with the reset password and must change it first.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, username, secondPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByText("Mật khẩu của bạn vừa được đặt lại. Vui lòng đổi mật khẩu trước khi tiếp tục.")).toBeVisible();
});

test("school leadership manages its school's accounts but grants only school roles and has no unit pages", async ({ page }) => {
  const noErrors = failOnConsoleErrors(page);
  await signIn(page, "bgh");
  await expect(page).toHaveURL(/\/school$/);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản người dùng" })).toBeVisible();
  await expect(page.getByRole("link", { name: "admin", exact: true })).toHaveCount(0);

  await page.goto("/admin/users/new");
  const roles = await page.getByLabel("Vai trò").locator("option").allTextContents();
  expect(roles.filter((label) => !label.startsWith("—"))).toEqual(["Ban Giám hiệu", "Phòng Quản lý đào tạo", "Giảng viên"]);
  noErrors();

  // The unit pages are for administrators: anyone else is told they do not exist.
  await page.goto("/admin/units");
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy nội dung yêu cầu." })).toBeVisible();
});
