import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getClusterReport } from "@/lib/data/cluster-reports";
import { NotFoundError } from "@/lib/data/errors";
import { buildClusterReportWorkbook } from "./workbook";

// A route handler is a public endpoint like an action: it checks the viewer, the permission and (through the
// data layer) the scope itself. Outside any of them the answer is the same 404 as for a missing report.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401 });
  if (!can(viewer, "clusterReports.read") || viewer.mustChangePassword) return new Response(null, { status: 404 });
  const { id } = await params;
  let report;
  try {
    report = await getClusterReport(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
  if (!report.table) return new Response(null, { status: 404 });
  const body = await buildClusterReportWorkbook(report);
  const name = `bao-cao-cum-thi-dua-${report.period === "HALF_YEAR" ? "6-thang" : "nam"}-${report.year}.xlsx`;
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
