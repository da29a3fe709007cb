import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { getPlanProgress } from "@/lib/data/plan-progress";
import { getTranslator } from "@/lib/i18n/server";
import { todayInVietnam } from "@/lib/validation/fields";
import { YearFilterSchema } from "@/lib/validation/inspections";
import { progressWorkbook } from "./workbook";

/** The plan-progress table of a year as .xlsx; the same viewer, permission and scope as the page. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || viewer.mustChangePassword) return new Response(null, { status: 401 });
  if (!can(viewer, "dashboards.read")) return new Response(null, { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const year = YearFilterSchema.parse(params).year ?? Number(todayInVietnam().slice(0, 4));
  const [progress, t] = await Promise.all([getPlanProgress(viewer, year), getTranslator()]);
  const body = await progressWorkbook(progress, t);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="thuc-hien-ke-hoach-${year}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
