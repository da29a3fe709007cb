import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// Acceptance journey 1 on the seeded database: the training office (daotao) creates the 2028 plan with a
// Trung cấp line at the Chi Lăng center and plans the class from it; the leadership (bgh) approves the plan
// and the class; the office assigns a lecturer, opens enrolment and starts the class (khai giảng).

const PROGRAM = "Trung cấp lý luận chính trị – hành chính";
const CENTER = "Trung tâm Chính trị huyện Chi Lăng";
const CLASS_CODE = "TC-2028-CL-E2E";
const CLASS_NAME = "Lớp Trung cấp lý luận chính trị – hành chính tại huyện Chi Lăng, khóa 2028–2029";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

const message = (page: Page) => page.getByTestId("form-message");

test("school staff plan next year, plan a Trung cấp class at Chi Lăng, get it approved and open it", async ({ page }) => {
  test.setTimeout(180_000);
  const noErrors = failOnConsoleErrors(page);

  // ── daotao: a new plan for 2028 ──
  await signIn(page, "daotao");
  await expect(page).toHaveURL(/\/school$/);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch năm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch đào tạo, bồi dưỡng năm" })).toBeVisible();
  await page.getByLabel("Năm kế hoạch").fill("2028");
  await page.getByLabel("Tên kế hoạch").fill("Kế hoạch đào tạo, bồi dưỡng năm 2028");
  await page.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch đào tạo, bồi dưỡng năm 2028" })).toBeVisible();
  const planUrl = page.url();

  // A Trung cấp line at Chi Lăng in the concentrated mode breaks the hosting rule: refused next to the field.
  const addLine = page.getByRole("region", { name: "Thêm dòng kế hoạch" });
  await addLine.getByLabel("Chương trình").selectOption({ label: PROGRAM });
  await addLine.getByLabel("Nơi mở lớp").selectOption({ label: CENTER });
  await addLine.getByLabel("Hình thức học").selectOption({ label: "Tập trung" });
  await addLine.getByLabel("Nguồn kinh phí").fill("Ngân sách huyện Chi Lăng");
  await addLine.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(addLine.getByLabel("Nơi mở lớp")).toHaveAccessibleDescription("Chương trình này không được mở tại đơn vị này theo hình thức đã chọn.");
  await addLine.getByLabel("Hình thức học").selectOption({ label: "Không tập trung" });
  await addLine.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(addLine.getByTestId("form-message")).toHaveText("Đã thêm dòng kế hoạch.");
  const lines = page.getByRole("region", { name: "Chỉ tiêu và kết quả thực hiện" });
  await expect(lines.getByRole("row").filter({ hasText: CENTER })).toContainText("1 / 80");

  // ── the class, from the line ──
  await lines.getByRole("link", { name: `Lập lớp: ${PROGRAM}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập lớp mới" })).toBeVisible();
  await expect(page.getByLabel("Nơi mở lớp")).toHaveValue(/.+/);
  await page.getByLabel("Mã lớp").fill(CLASS_CODE);
  await page.getByLabel("Tên lớp").fill(CLASS_NAME);
  await page.getByLabel("Địa điểm học").fill("Hội trường Trung tâm Chính trị huyện Chi Lăng");
  await page.getByLabel("Ngày khai giảng dự kiến").fill("2028-03-06");
  await page.getByLabel("Ngày bế giảng dự kiến").fill("2028-01-10");
  await page.getByRole("button", { name: "Lập lớp" }).click();
  await expect(page.getByLabel("Ngày bế giảng dự kiến")).toHaveAccessibleDescription("Ngày kết thúc phải sau ngày bắt đầu.");
  await expect(page.getByLabel("Mã lớp")).toHaveValue(CLASS_CODE);
  await page.getByLabel("Ngày bế giảng dự kiến").fill("2029-08-28");
  await page.getByRole("button", { name: "Lập lớp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Quản lý lớp: ${CLASS_NAME}` })).toBeVisible();
  const manageUrl = page.url();
  await expect(page.getByRole("region", { name: "Thông tin lớp" })).toContainText("Kế hoạch");
  // Only the leadership approves a class.
  await expect(page.getByRole("button", { name: "Phê duyệt lớp" })).toHaveCount(0);

  // Submit the plan for approval.
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Trình phê duyệt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã trình kế hoạch để phê duyệt." })).toBeVisible();
  await signOut(page);

  // ── bgh: approves the plan and the class ──
  await signIn(page, "bgh");
  await expect(page).toHaveURL(/\/school$/);
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Phê duyệt kế hoạch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã phê duyệt kế hoạch." })).toBeVisible();
  await expect(page.getByRole("region", { name: /Năm kế hoạch 2028/ })).toContainText("Đã phê duyệt");
  await page.goto(manageUrl);
  await page.getByRole("button", { name: "Phê duyệt lớp" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chuyển lớp sang trạng thái “Đã duyệt”." })).toBeVisible();
  await signOut(page);

  // ── daotao: opens enrolment; cannot start without a lecturer; assigns one and starts the class ──
  await signIn(page, "daotao");
  await expect(page).toHaveURL(/\/school$/);
  await page.goto(manageUrl);
  await page.getByRole("button", { name: "Mở tuyển sinh" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chuyển lớp sang trạng thái “Đang tuyển sinh”." })).toBeVisible();
  await page.getByRole("button", { name: "Khai giảng" }).click();
  await expect(message(page).first()).toHaveText("Chưa thể khai giảng: lớp chưa được phân công giảng viên nào.");

  const assignments = page.getByRole("region", { name: "Phân công giảng viên" });
  const firstSubject = await assignments.getByLabel("Học phần").locator("option").nth(1).textContent();
  await assignments.getByLabel("Học phần").selectOption({ index: 1 });
  await assignments.getByLabel("Giảng viên").selectOption({ label: "Phạm Anh Tuấn (Khoa Xây dựng Đảng)" });
  await assignments.getByRole("button", { name: "Phân công" }).click();
  await expect(assignments.getByTestId("form-message")).toHaveText("Đã phân công giảng viên.");
  await expect(assignments.getByRole("row").filter({ hasText: firstSubject ?? "" })).toContainText("Phạm Anh Tuấn");

  await page.getByRole("button", { name: "Khai giảng" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chuyển lớp sang trạng thái “Đang học”." })).toBeVisible();
  const history = page.getByRole("region", { name: "Trạng thái lớp" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Thông tin lớp" })).toContainText("Đang học");

  // The plan now counts the class as opened.
  await page.goto(planUrl);
  await expect(page.getByRole("region", { name: "Chỉ tiêu và kết quả thực hiện" }).getByRole("link", { name: CLASS_CODE })).toBeVisible();
  noErrors();
});
