import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// Learners, classes and grades, end to end on the seeded database: the Chi Lăng center enters a subject's
// grades (a bad score saves nothing), the school's leadership finalizes the sheet, sees the classifications
// and corrects a grade with a reason; a learner registered at Chi Lăng stays invisible to Đình Lập.

const CLASS_NAME = /Trung cấp lý luận chính trị – hành chính hệ không tập trung tại huyện Chi Lăng/;
const SCORE_ERROR = "Điểm phải từ 0 đến 10, tối đa hai chữ số thập phân.";
const VALID_SCORES = ["9", "8", "6,25", "7", "5,5", "8,75", "7.5"];

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

test("the center enters a subject's grades, the school finalizes them and corrects one", async ({ page, context }) => {
  test.setTimeout(120_000);
  const noErrors = failOnConsoleErrors(page);

  // ── The Chi Lăng center opens its Trung cấp class and a subject with no grades yet ──
  await signIn(page, "ttchilang");
  await expect(page).toHaveURL(/\/center$/);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Lớp học" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lớp học" })).toBeVisible();
  await page.getByRole("link", { name: CLASS_NAME }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: CLASS_NAME })).toBeVisible();

  const subjects = page.getByRole("region", { name: "Học phần, giảng viên và bảng điểm" });
  const pending = subjects.getByRole("row").filter({ hasText: "Chưa nhập" }).first();
  const sheetLink = pending.getByRole("link", { name: /^Xem bảng điểm: / });
  const subjectName = ((await sheetLink.getAttribute("aria-label")) ?? "").replace(/^Xem bảng điểm: /, "");
  expect(subjectName).not.toBe("");
  await sheetLink.click();
  await expect(page.getByRole("heading", { level: 1, name: `Bảng điểm: ${subjectName}` })).toBeVisible();
  const sheetUrl = page.url();

  // ── One invalid score ("11"): the Vietnamese error by the field, the typed values kept, nothing saved ──
  const scores = page.getByRole("textbox", { name: /^Điểm của / });
  const count = await scores.count();
  expect(count).toBeGreaterThan(5);
  await scores.nth(0).fill("11");
  for (let i = 1; i < count; i++) await scores.nth(i).fill(VALID_SCORES[i % VALID_SCORES.length]);
  await page.getByRole("button", { name: "Lưu bảng điểm" }).click();

  await expect(page.getByText("Bảng điểm chưa được lưu: có 1 dòng chưa đúng. Vui lòng sửa các ô được đánh dấu.")).toBeVisible();
  await expect(scores.nth(0)).toHaveAttribute("aria-invalid", "true");
  await expect(scores.nth(0)).toBeFocused();
  await expect(scores.nth(0)).toHaveAccessibleDescription(SCORE_ERROR);
  await expect(scores.nth(0)).toHaveValue("11");
  await expect(scores.nth(1)).toHaveValue(VALID_SCORES[1]);

  const check = await context.newPage();
  await check.goto(sheetUrl);
  await expect(check.getByRole("textbox", { name: /^Điểm của / }).nth(1)).toHaveValue("");
  await expect(check.getByText("Chưa nhập")).toBeVisible();
  await check.close();

  // ── Fixed ("7,5" with a comma) and saved whole ──
  await scores.nth(0).fill("7,5");
  await page.getByRole("button", { name: "Lưu bảng điểm" }).click();
  await expect(page.getByText(`Đã lưu bảng điểm (${count} dòng thay đổi).`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Điểm của / }).nth(0)).toHaveValue("7,50");
  await expect(page.getByRole("textbox", { name: /^Điểm của / }).nth(2)).toHaveValue("6,25");
  await expect(page.getByText("Đang nhập")).toBeVisible();
  await signOut(page);

  // ── The school's leadership finalizes the sheet and sees the classifications ──
  await signIn(page, "bgh");
  await expect(page).toHaveURL(/\/school$/);
  await page.goto(sheetUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Bảng điểm: ${subjectName}` })).toBeVisible();
  await page.getByRole("button", { name: "Khóa bảng điểm" }).click();
  await expect(page.getByText(/^Đã khóa bảng điểm/)).toBeVisible();
  await expect(page.getByText("Đã khóa", { exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Xếp loại" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Điểm của / })).toHaveCount(0);

  const rows = page.getByRole("row");
  const first = rows.nth(1);
  await expect(first).toContainText("7,50");
  await expect(first).toContainText("Khá");
  await expect(rows.nth(2)).toContainText("8,00");
  await expect(rows.nth(2)).toContainText("Giỏi");
  await expect(rows.nth(8)).toContainText("9,00");
  await expect(rows.nth(8)).toContainText("Xuất sắc");
  await expect(page.getByRole("region", { name: "Lịch sử khóa" })).toContainText("Khóa bảng điểm: Dương Thị Hồng Vân");

  // ── A change after finalizing is a correction with a reason, kept in the history ──
  await first.getByText("Đính chính", { exact: true }).click();
  await first.getByLabel("Điểm mới").fill("8,5");
  await first.getByRole("button", { name: "Lưu đính chính" }).click();
  await expect(first.getByLabel("Lý do đính chính")).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByText("Vui lòng nhập trường này.")).toBeVisible();
  await expect(first.getByLabel("Điểm mới")).toHaveValue("8,5");
  await first.getByLabel("Lý do đính chính").fill("Chấm phúc khảo theo đơn của học viên");
  await first.getByLabel("Số quyết định (nếu có)").fill("QĐ 101/QĐ-TCT");
  await first.getByRole("button", { name: "Lưu đính chính" }).click();

  await expect(page.getByText("Đã đính chính điểm.")).toBeVisible();
  const corrections = page.getByRole("region", { name: "Lịch sử đính chính" });
  await expect(corrections.getByRole("row").nth(1)).toContainText("7,50");
  await expect(corrections.getByRole("row").nth(1)).toContainText("8,50");
  await expect(corrections.getByRole("row").nth(1)).toContainText("Chấm phúc khảo theo đơn của học viên");
  await expect(corrections.getByRole("row").nth(1)).toContainText("Dương Thị Hồng Vân");
  await expect(page.getByRole("row").nth(1)).toContainText("Giỏi");
  noErrors();
});

test("a center registers a learner; a duplicate citizen ID is refused; another center cannot open the record", async ({ page }) => {
  const noErrors = failOnConsoleErrors(page);
  const citizenId = `0209${String(Date.now()).slice(-8)}`;

  await signIn(page, "ttchilang");
  await expect(page).toHaveURL(/\/center$/);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Học viên", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Học viên" })).toBeVisible();
  await page.getByRole("link", { name: "Thêm học viên" }).click();
  await expect(page.getByText("Học viên được đăng ký tại: Trung tâm Chính trị huyện Chi Lăng.")).toBeVisible();

  const fill = async () => {
    await page.getByLabel("Họ và tên").fill("Hoàng Thị Kiểm Thử");
    await page.getByLabel("Số CCCD").fill(citizenId);
    await page.getByLabel("Ngày sinh").fill("1990-04-15");
    await page.getByLabel("Giới tính").selectOption({ label: "Nữ" });
    await page.getByLabel("Dân tộc").fill("Tày");
    await page.getByLabel("Trình độ học vấn").selectOption({ label: "Đại học" });
    await page.getByLabel("Chức vụ").fill("Công chức Văn phòng – Thống kê");
    await page.getByLabel("Đơn vị công tác").fill("UBND xã Quang Lang");
  };
  await fill();
  await page.getByLabel("Ngày sinh").fill("2099-01-01");
  await page.getByRole("button", { name: "Thêm học viên" }).click();
  await expect(page.locator("#field-birthDate-error")).toHaveText("Ngày sinh phải là một ngày trong quá khứ.");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Hoàng Thị Kiểm Thử");
  await expect(page.getByLabel("Giới tính")).toHaveValue("FEMALE");

  await page.getByLabel("Ngày sinh").fill("1990-04-15");
  await page.getByRole("button", { name: "Thêm học viên" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hoàng Thị Kiểm Thử" })).toBeVisible();
  await expect(page.getByText("Đã thêm học viên Hoàng Thị Kiểm Thử.")).toBeVisible();
  const learnerUrl = page.url();

  // Found without diacritics, by given name first.
  await page.goto("/learners?q=kiem+thu");
  await expect(page.getByRole("link", { name: "Hoàng Thị Kiểm Thử" })).toBeVisible();

  await page.goto("/learners/new");
  await fill();
  await page.getByRole("button", { name: "Thêm học viên" }).click();
  await expect(page.locator("#field-citizenId-error")).toHaveText("Số CCCD đã có trong hệ thống.");
  await expect(page.getByRole("link", { name: "Xem hồ sơ học viên Hoàng Thị Kiểm Thử" })).toHaveAttribute("href", new URL(learnerUrl).pathname);
  noErrors();
  await signOut(page);

  await signIn(page, "ttdinhlap");
  await expect(page).toHaveURL(/\/center$/);
  await page.goto(learnerUrl);
  await expect(page.getByRole("heading", { name: "Không tìm thấy nội dung yêu cầu." })).toBeVisible();
  await page.goto("/learners?q=kiem+thu");
  await expect(page.getByText("Không có học viên nào phù hợp.")).toBeVisible();
});
