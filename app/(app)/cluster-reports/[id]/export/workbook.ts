import ExcelJS from "exceljs";
import type { ClusterReportView } from "@/lib/data/cluster-reports";
import { CLUSTER_METRICS, reportedValue } from "@/lib/domain/cluster-figures";
import { createTranslator, type MessageKey } from "@/lib/i18n";

/**
 * The report as a real .xlsx (no garbled Vietnamese as with a CSV): a sheet of schools × metrics with the
 * cluster totals, numbers as numbers, declared totals that differ from the computed ones highlighted with a
 * note; and a sheet with the narrative. Headers are Vietnamese whatever the viewer's locale.
 */
export async function buildClusterReportWorkbook(report: ClusterReportView): Promise<Buffer> {
  const t = createTranslator("vi");
  const table = report.table!;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.composerName;
  workbook.created = new Date();

  const figures = workbook.addWorksheet(t("cluster.export.figuresSheet"));
  const heading = report.period === "HALF_YEAR" ? t("cluster.print.headingHalf", { year: report.year }) : t("cluster.print.headingAnnual", { year: report.year });
  const columnCount = 3 + CLUSTER_METRICS.length;
  figures.addRow([heading]);
  figures.mergeCells(1, 1, 1, columnCount);
  figures.getCell(1, 1).font = { bold: true, size: 14 };
  figures.addRow([report.clusterName]);
  figures.mergeCells(2, 1, 2, columnCount);
  const header = figures.addRow([t("training.common.index"), t("cluster.export.school"), t("cluster.export.status"), ...CLUSTER_METRICS.map((m) => t(`cluster.metrics.${m.metric}` as MessageKey))]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  header.height = 48;

  table.rows.forEach((row, index) => {
    const line = figures.addRow([
      index + 1,
      row.unitName,
      t(`cluster.status.${row.status}`),
      ...CLUSTER_METRICS.map((m) => reportedValue(row.computed[m.metric] ?? 0, row.declared[m.metric])),
    ]);
    CLUSTER_METRICS.forEach((m, i) => {
      const computed = row.computed[m.metric] ?? 0;
      const declared = row.declared[m.metric];
      if (declared !== null && declared !== undefined && declared !== computed) {
        const cell = line.getCell(4 + i);
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };
        cell.note = t("cluster.report.declaredVsComputed", { declared, computed });
      }
    });
  });
  const total = figures.addRow(["", t("cluster.report.total"), "", ...CLUSTER_METRICS.map((m) => table.totals.reported[m.metric] ?? 0)]);
  total.font = { bold: true };
  figures.getColumn(1).width = 6;
  figures.getColumn(2).width = 40;
  figures.getColumn(3).width = 14;
  for (let i = 0; i < CLUSTER_METRICS.length; i++) figures.getColumn(4 + i).width = 14;
  figures.views = [{ state: "frozen", xSplit: 2, ySplit: 3 }];

  const narrative = workbook.addWorksheet(t("cluster.export.narrativeSheet"));
  narrative.addRow([t("cluster.export.section"), t("cluster.export.content")]).font = { bold: true };
  for (const field of ["achievements", "limitations", "proposals", "nextTasks"] as const) {
    narrative.addRow([t(`cluster.narrative.${field}`), report.narrative[field] ?? ""]);
  }
  narrative.getColumn(1).width = 28;
  narrative.getColumn(2).width = 120;
  narrative.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
