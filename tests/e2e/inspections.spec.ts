import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// Acceptance journey 4 on the seeded database: the provincial board sees plan versus actual, plans an
// inspection of the Chi Lăng center, issues it once it has a head, records a visit with a recommendation;
// the Chi Lăng center reports progress (it cannot close it); the board marks the recommendation done.

const CENTER = "Trung tâm Chính trị huyện Chi Lăng";
const RECOMMENDATION = "Bố trí đủ giảng viên chuyên trách và hoàn thiện hồ sơ quản lý lớp học trong quý I/2027.";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Điều hướng chính" });
}

test("the board follows an inspection of the Chi Lăng center through to a closed recommendation", async ({ page }) => {
  test.setTimeout(120_000);
  const noErrors = failOnConsoleErrors(page);

  // ── Plan versus actual ──
  await signIn(page, "bantuyengiao");
  await expect(page).toHaveURL(/\/board$/);
  await nav(page).getByRole("link", { name: "Thực hiện kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thực hiện kế hoạch đào tạo, bồi dưỡng" })).toBeVisible();
  const byUnit = page.getByRole("region", { name: "Theo đơn vị mở lớp" });
  const chiLang = byUnit.getByRole("row").filter({ hasText: CENTER });
  await expect(chiLang).toHaveCount(1);
  await expect(chiLang.getByRole("link", { name: `Xem các lớp của ${CENTER}` })).toHaveAttribute("href", /\/classes\?hostUnitId=.+&year=\d{4}$/);
  await expect(byUnit.getByRole("row", { name: /^Tổng cộng/ })).toBeVisible();
  const exportLink = page.getByRole("link", { name: "Tải tệp Excel" });
  await expect(exportLink).toHaveAttribute("href", /\/progress\/export\?year=\d{4}$/);
  const download = await page.request.get((await exportLink.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await download.body()).subarray(0, 2).toString()).toBe("PK");

  // ── A draft plan of Chi Lăng ──
  await nav(page).getByRole("link", { name: "Kiểm tra" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiểm tra" })).toBeVisible();
  await page.getByRole("link", { name: "Lập kế hoạch kiểm tra" }).click();
  await page.getByLabel("Số kế hoạch").fill("35-KH/BTG");
  await page.getByLabel("Năm").fill("2026");
  await page.getByLabel("Tên kế hoạch").fill("Kiểm tra công tác đào tạo, bồi dưỡng lý luận chính trị tại Trung tâm Chính trị huyện Chi Lăng năm 2026");
  await page.getByLabel("Ngày bắt đầu").fill("2026-11-02");
  await page.getByLabel("Ngày kết thúc").fill("2026-11-30");
  await page.getByLabel("Nội dung kiểm tra").fill("Kiểm tra việc thực hiện kế hoạch năm 2026, quản lý lớp học và học viên.");
  await page.getByRole("checkbox", { name: CENTER }).check();
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page.getByText("Đã lưu dự thảo kế hoạch kiểm tra.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /^35-KH\/BTG: / })).toBeVisible();
  const planUrl = page.url();

  // ── Issuing needs a head of the team ──
  await page.getByRole("button", { name: "Ban hành kế hoạch" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Đoàn kiểm tra phải có Trưởng đoàn trước khi ban hành.");
  await page.getByLabel("Họ và tên").fill("Nguyễn Trọng Sơn");
  await page.getByLabel("Chức vụ").fill("Phó Trưởng Ban Tuyên giáo Tỉnh ủy");
  await page.getByLabel("Nhiệm vụ trong đoàn").selectOption({ label: "Trưởng đoàn" });
  await page.getByRole("button", { name: "Thêm thành viên" }).click();
  await expect(page.getByText("Đã thêm thành viên đoàn kiểm tra.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Đoàn kiểm tra" })).toContainText("Nguyễn Trọng Sơn");
  await page.getByRole("button", { name: "Ban hành kế hoạch" }).click();
  await expect(page.getByText("Đã ban hành kế hoạch kiểm tra.")).toBeVisible();

  // ── A visit outside the plan's dates is refused; one within is recorded with findings ──
  const visitForm = page.getByRole("form", { name: "Ghi kết quả làm việc với đơn vị" });
  await visitForm.getByLabel("Đơn vị").selectOption({ label: CENTER });
  await visitForm.getByLabel("Ngày làm việc").fill("2026-12-15");
  await visitForm.getByLabel("Kết quả kiểm tra").fill("Trung tâm tổ chức đủ các lớp theo kế hoạch; hồ sơ lớp học cơ bản đầy đủ.");
  await visitForm.getByRole("button", { name: "Lưu kết quả làm việc" }).click();
  await expect(page.getByText("Ngày làm việc phải nằm trong thời gian của kế hoạch.")).toBeVisible();
  await visitForm.getByLabel("Ngày làm việc").fill("2026-11-10");
  await visitForm.getByLabel("Hạn chế, khuyết điểm").fill("Thiếu giảng viên chuyên trách.");
  await visitForm.getByRole("button", { name: "Lưu kết quả làm việc" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Làm việc với ${CENTER}` })).toBeVisible();
  await expect(page.getByText("Đã lưu kết quả làm việc.")).toBeVisible();

  // ── A recommendation to the center ──
  const recForm = page.getByRole("form", { name: "Thêm kiến nghị" });
  await recForm.getByLabel("Nội dung kiến nghị").fill(RECOMMENDATION);
  await expect(recForm.getByLabel("Đơn vị thực hiện")).toHaveValue(/.+/);
  await recForm.getByLabel("Hạn thực hiện").fill("2027-03-31");
  await recForm.getByRole("button", { name: "Lưu kiến nghị" }).click();
  await expect(page.getByText("Đã thêm kiến nghị.")).toBeVisible();
  const visitUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("listitem", { name: RECOMMENDATION })).toContainText("Chưa thực hiện");
  await signOut(page);

  // ── The center sees it and reports progress; it has no way to close it ──
  await signIn(page, "ttchilang");
  await expect(page).toHaveURL(/\/center$/);
  await nav(page).getByRole("link", { name: "Kiểm tra" }).click();
  await page.getByRole("link", { name: "Kiến nghị cần thực hiện" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiến nghị cần thực hiện" })).toBeVisible();
  await page.getByRole("link", { name: RECOMMENDATION }).click();
  const centerItem = page.getByRole("listitem", { name: RECOMMENDATION });
  const report = centerItem.getByRole("form", { name: "Báo cáo tiến độ" });
  await expect(report.getByLabel("Trạng thái sau")).toHaveCount(0);
  await report.getByLabel("Nội dung").fill("Đã đề nghị Huyện ủy bố trí thêm 01 giảng viên chuyên trách; đang hoàn thiện hồ sơ lớp học.");
  await report.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(page.getByText("Đã ghi nhận.")).toBeVisible();
  await expect(page.getByRole("listitem", { name: RECOMMENDATION })).toContainText("Đang thực hiện");
  await signOut(page);

  // ── The board marks it done ──
  await signIn(page, "bantuyengiao");
  await expect(page).toHaveURL(/\/board$/);
  await page.goto(visitUrl);
  const boardItem = page.getByRole("listitem", { name: RECOMMENDATION });
  const decide = boardItem.getByRole("form", { name: "Ghi kết quả theo dõi" });
  await decide.getByLabel("Trạng thái sau").selectOption({ label: "Đã hoàn thành" });
  await decide.getByLabel("Nội dung").fill("Đoàn kiểm tra xác nhận Trung tâm đã thực hiện xong kiến nghị.");
  await decide.getByRole("button", { name: "Lưu kết quả theo dõi" }).click();
  await expect(page.getByText("Đã ghi nhận.")).toBeVisible();
  const closed = page.getByRole("listitem", { name: RECOMMENDATION });
  await expect(closed).toContainText("Đã hoàn thành");
  await expect(closed.getByRole("form")).toHaveCount(0);

  // The plan page lists the visit.
  await page.goto(planUrl);
  await expect(page.getByRole("link", { name: `Xem đợt làm việc tại ${CENTER}` })).toBeVisible();
  noErrors();
});
