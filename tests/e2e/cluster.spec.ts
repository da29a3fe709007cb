import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// Acceptance journey 5 on the seeded database: the cluster head's school (Quảng Ninh, "cumtruong") opens the
// 2026 half-year report and sees who has not submitted; Hoàng Văn Thụ ("bgh") submits its part with a declared
// figure that differs from the computed one; the head sees the difference highlighted, downloads the
// spreadsheet and opens the printable document.

const HVT = "Trường Chính trị Hoàng Văn Thụ";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

async function openClusterReports(page: Page) {
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo cụm thi đua" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo cụm thi đua" })).toBeVisible();
}

test("the head school composes the half-year cluster report and exports it", async ({ page }) => {
  test.setTimeout(120_000);
  const noErrors = failOnConsoleErrors(page);

  // ── The head school opens the 2026 half-year report ──
  await signIn(page, "cumtruong");
  await openClusterReports(page);
  const open = page.getByRole("region", { name: "Mở báo cáo kỳ mới" });
  await open.getByLabel("Cụm thi đua và năm").selectOption({ label: "Cụm thi đua các trường chính trị khu vực miền núi, biên giới phía Bắc – năm 2026" });
  await open.getByLabel("Kỳ báo cáo").selectOption({ label: "Sơ kết 6 tháng đầu năm" });
  await open.getByRole("button", { name: "Mở báo cáo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm 2026" })).toBeVisible();
  const reportUrl = page.url();
  const members = page.getByRole("region", { name: "Các trường trong cụm" });
  await expect(members.getByTestId("member-row")).toHaveCount(8);
  await expect(members.getByTestId("member-row").filter({ hasText: HVT })).toContainText("Chưa nộp");
  await openClusterReports(page);
  await expect(page.getByTestId("not-submitted").first()).toContainText(HVT);
  await signOut(page);

  // ── Hoàng Văn Thụ submits its part with its own learner total ──
  await signIn(page, "bgh");
  await openClusterReports(page);
  const row = page.getByRole("row").filter({ hasText: "Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm 2026" });
  await row.getByRole("link", { name: /Phần của trường/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Phần báo cáo: ${HVT}` })).toBeVisible();
  const computedText = (await page.locator('tr[data-metric="learners"] td').first().innerText()).replace(/\D/g, "");
  const declared = Number(computedText) + 17;
  await page.getByLabel("Số học viên", { exact: true }).fill(String(declared));
  await page.getByLabel("Kết quả đạt được").fill("Hoàn thành kế hoạch đào tạo, bồi dưỡng 6 tháng đầu năm 2026.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Đã lưu phần báo cáo.");
  await expect(page.getByTestId("difference")).toHaveText("+17");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp phần báo cáo của trường.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Nộp báo cáo" })).toHaveCount(0);
  await signOut(page);

  // ── The head sees the submission, the difference highlighted, and exports ──
  await signIn(page, "cumtruong");
  await expect(page).toHaveURL(/\/school$/);
  await page.goto(reportUrl);
  await expect(page.getByRole("region", { name: "Các trường trong cụm" }).getByTestId("member-row").filter({ hasText: HVT })).toContainText("Đã nộp");
  const figures = page.getByTestId("cluster-figures");
  const difference = figures.getByTestId("difference");
  await expect(difference).toHaveCount(1);
  await expect(difference).toContainText(declared.toLocaleString("vi-VN"));
  await expect(difference).toHaveClass(/bg-amber-100/);
  await expect(figures.getByTestId("not-submitted-mark")).toHaveCount(7);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng tính (.xlsx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("bao-cao-cum-thi-dua-6-thang-2026.xlsx");
  expect(await download.failure()).toBeNull();

  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026" })).toBeVisible();
  await expect(page.getByRole("button", { name: "In / Lưu PDF" })).toBeVisible();
  await expect(page.getByTestId("cluster-figures")).toContainText(HVT);
  noErrors();
});
