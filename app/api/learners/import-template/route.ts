import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { buildImportTemplate } from "@/lib/domain/learner-import";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The learners import template (.xlsx), for those who may register learners; everyone else gets a 404. */
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || viewer.mustChangePassword || !can(viewer, "learners.write")) return new Response("Not found", { status: 404 });
  const body = await buildImportTemplate();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="mau-nhap-hoc-vien.xlsx"; filename*=UTF-8''${encodeURIComponent("mẫu-nhập-học-viên.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
