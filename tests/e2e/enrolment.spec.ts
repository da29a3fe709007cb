import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./support";

// Acceptance journey 2 on the seeded database: the Chi Lăng center downloads the template, uploads a
// spreadsheet of five learners of which two are wrong (reported by row and column, not dropped), imports
// the three good ones, enrols them into its class for new party members and takes a session's attendance.

const CLASS_NAME = /Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, khóa 2\/2026/;
const HEADER = ["Họ và tên", "Số CCCD", "Ngày sinh (dd/mm/yyyy)", "Giới tính (Nam/Nữ)", "Dân tộc", "Đảng viên (Không/Dự bị/Chính thức)", "Chức vụ", "Đơn vị công tác", "Trình độ chuyên môn", "Trình độ LLCT", "Điện thoại", "Email"];

async function spreadsheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(HEADER);
  sheet.addRow(["Hứa Văn Nhất", "099100000001", "15/03/1990", "Nam", "Tày", "Dự bị", "Phó Bí thư Đoàn xã", "UBND xã Mai Sao", "Đại học", "", "0912000001", ""]);
  // An Excel date cell, not text.
  sheet.addRow(["Hứa Thị Nhì", "099100000002", new Date(Date.UTC(1992, 6, 8)), "Nữ", "Nùng", "Dự bị", "Cán bộ văn phòng", "UBND xã Bắc Thủy", "Cao đẳng", "", "", ""]);
  sheet.addRow(["Hứa Văn Sai Số", "09910000", "01/01/1991", "Nam", "Kinh", "Dự bị", "", "", "", "", "", ""]);
  sheet.addRow(["", "099100000004", "31/02/1993", "Nữ", "Tày", "Dự bị", "", "", "", "", "", ""]);
  sheet.addRow(["Hứa Văn Ba", "099100000005", "20/11/1988", "Nam", "Tày", "Dự bị", "Công an viên", "UBND xã Vân An", "Trung cấp", "", "", ""]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("the center imports learners from a spreadsheet, enrols them and takes attendance", async ({ page }) => {
  test.setTimeout(120_000);
  const noErrors = failOnConsoleErrors(page);
  await signIn(page, "ttchilang");
  await expect(page).toHaveURL(/\/center$/);

  // ── The import page, from the navigation, with the template to download ──
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhập học viên từ tệp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập học viên từ tệp" })).toBeVisible();
  const template = page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" });
  await expect(template).toHaveAttribute("href", "/api/learners/import-template");
  const download = await page.request.get("/api/learners/import-template");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");

  // ── The dry run: 3 valid, 2 wrong rows with their errors; nothing saved yet ──
  await page.getByLabel("Tệp danh sách (.xlsx hoặc .csv)").setInputFiles({ name: "danh-sach-hoc-vien.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await spreadsheet() });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("5 dòng: 3 dòng hợp lệ sẽ thêm mới, 0 đã đăng ký, 0 đã đăng ký ở đơn vị khác, 2 dòng có lỗi.");
  await expect(page.getByTestId("import-row-4")).toContainText("Số CCCD: phải gồm đúng 12 chữ số");
  await expect(page.getByTestId("import-row-5")).toContainText("Họ và tên: chưa nhập");
  await expect(page.getByTestId("import-row-5")).toContainText("Ngày sinh (dd/mm/yyyy): ngày không hợp lệ (dd/mm/yyyy)");
  await expect(page.getByTestId("import-row-3")).toContainText("08/07/1992");
  await expect(page.getByText("2 dòng có lỗi sẽ không được nhập.", { exact: false })).toBeVisible();

  // ── Import the three valid rows ──
  await page.getByRole("button", { name: "Nhập 3 dòng hợp lệ" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Đã nhập 3 học viên mới.");

  // ── Enrol them into the center's class for new party members ──
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Lớp học" }).click();
  await page.getByRole("link", { name: CLASS_NAME }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: CLASS_NAME })).toBeVisible();
  const classUrl = page.url().replace(/[?#].*$/, "");
  await page.goto(`${classUrl}/enrolments`);
  await expect(page.getByRole("heading", { level: 1, name: "Ghi danh học viên" })).toBeVisible();
  await page.getByLabel("Tìm theo họ tên hoặc số CCCD").fill("0991000");
  await page.getByRole("button", { name: "Tìm" }).click();
  for (const name of ["Hứa Văn Nhất", "Hứa Thị Nhì", "Hứa Văn Ba"]) await page.getByRole("checkbox", { name: `Chọn ${name}` }).check();
  await page.getByRole("button", { name: "Ghi danh các học viên đã chọn" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Đã ghi danh 3 học viên.");
  const enrolled = page.getByRole("region", { name: "Học viên của lớp" });
  for (const name of ["Hứa Văn Nhất", "Hứa Thị Nhì", "Hứa Văn Ba"]) await expect(enrolled.getByRole("rowheader", { name })).toBeVisible();

  // ── Take a session's attendance ──
  await page.goto(`${classUrl}/attendance`);
  await expect(page.getByRole("heading", { level: 1, name: "Điểm danh" })).toBeVisible();
  await page.getByRole("combobox", { name: "Điểm danh Hứa Thị Nhì" }).selectOption({ label: "Vắng có phép" });
  await page.getByRole("textbox", { name: "Ghi chú cho Hứa Thị Nhì" }).fill("Đi công tác");
  await page.getByRole("button", { name: "Lưu điểm danh" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Đã lưu điểm danh");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Điểm danh Hứa Thị Nhì" })).toHaveValue("ABSENT_EXCUSED");
  await expect(page.getByRole("region", { name: "Chuyên cần" }).getByRole("row").filter({ hasText: "Hứa Thị Nhì" })).toContainText("Dưới 80%");
  noErrors();
});
