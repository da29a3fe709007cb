import ExcelJS from "exceljs";
import type { PlanProgress, ProgressRow } from "@/lib/domain/plan-progress";
import type { Translator } from "@/lib/i18n";

const NUMBER_COLUMNS = ["plannedClasses", "plannedLearners", "opened", "finished", "carriedOver", "cancelled", "notCarriedOut", "learners", "classPercent", "learnerPercent"] as const;

/** The dashboard's two tables as an .xlsx workbook: Vietnamese headers, figures as numbers (percent as a number). */
export async function progressWorkbook(progress: PlanProgress & { year: number }, t: Translator): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = (name: string, firstColumn: string, rows: ProgressRow[]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow([t("inspections.progress.sheetTitle", { year: progress.year })]).font = { bold: true, size: 13 };
    ws.addRow([]);
    const header = ws.addRow([firstColumn, ...NUMBER_COLUMNS.map((c) => t(`inspections.progress.${c}`)), t("inspections.progress.funding")]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "middle" };
    const add = (row: ProgressRow, label: string, funding = true) =>
      ws.addRow([label, ...NUMBER_COLUMNS.map((c) => row[c] ?? null), funding ? row.fundingSources.join("; ") : null]);
    for (const row of rows) add(row, row.id === null ? t("inspections.progress.unassigned") : row.name);
    add(progress.total, t("inspections.progress.total"), false).font = { bold: true };
    ws.getColumn(1).width = 48;
    for (let i = 2; i <= NUMBER_COLUMNS.length + 1; i++) ws.getColumn(i).width = 14;
    ws.getColumn(NUMBER_COLUMNS.length + 2).width = 36;
    ws.getColumn(NUMBER_COLUMNS.length).numFmt = "0.0";
    ws.getColumn(NUMBER_COLUMNS.length + 1).numFmt = "0.0";
    ws.views = [{ state: "frozen", ySplit: 3, xSplit: 1 }];
  };
  sheet(t("inspections.progress.sheetUnit"), t("inspections.progress.unit"), progress.byUnit);
  sheet(t("inspections.progress.sheetProgram"), t("inspections.progress.program"), progress.byProgram);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
