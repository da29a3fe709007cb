import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { progressWorkbook } from "@/app/(app)/progress/export/workbook";
import { createTranslator } from "@/lib/i18n";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { ClassStatus } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/data/errors";
import { getPlanProgress, listProgressYears } from "@/lib/data/plan-progress";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeLearner, makeProgram, makeProvince, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

const YEAR = 2030;
let units: Awaited<ReturnType<typeof makeProvince>>;
let other: Awaited<ReturnType<typeof makeProvince>>;
let tc: Awaited<ReturnType<typeof makeProgram>>;
let dvm: Awaited<ReturnType<typeof makeProgram>>;
let viewers: Record<"board" | "office" | "centerA" | "otherBoard" | "otherSchool", Viewer>;

async function classAt(hostUnitId: string, program: Awaited<ReturnType<typeof makeProgram>>, status: ClassStatus, start: string | null, end: string | null, extra: { planLineId?: string; schoolUnitId?: string } = {}) {
  const { trainingClass } = await makeClass(prisma(), { schoolUnitId: extra.schoolUnitId ?? units.school.id, hostUnitId, program });
  return prisma().trainingClass.update({
    where: { id: trainingClass.id },
    data: {
      status,
      startDate: start ? new Date(start) : null,
      endDate: end ? new Date(end) : null,
      cancelReason: status === "CANCELLED" ? "Không đủ số học viên" : null,
      planLineId: extra.planLineId ?? null,
    },
  });
}

async function enrol(classId: string, homeUnitId: string, count: number, status: "ENROLLED" | "WITHDRAWN" = "ENROLLED") {
  for (let i = 0; i < count; i++) {
    const learner = await makeLearner(prisma(), homeUnitId, `Học Viên ${status} ${i}`);
    await prisma().enrolment.create({ data: { classId, learnerId: learner.id, status } });
  }
}

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Tiến Độ");
  other = await makeProvince(prisma(), "Tỉnh Khác");
  tc = await makeProgram(prisma());
  dvm = await prisma().program.update({ where: { id: (await makeProgram(prisma())).id }, data: { name: "Bồi dưỡng lý luận chính trị cho đảng viên mới" }, include: { subjects: true, ruleVersions: true } });

  const plan = await prisma().annualPlan.create({ data: { schoolUnitId: units.school.id, year: YEAR, title: "Kế hoạch 2030", status: "APPROVED" } });
  const lineA = await prisma().planLine.create({
    data: { planId: plan.id, programId: tc.id, hostUnitId: units.centerA.id, plannedClasses: 4, plannedLearners: 200, fundingSource: "Ngân sách huyện A" },
  });
  await prisma().planLine.create({
    data: {
      planId: plan.id,
      programId: dvm.id,
      hostUnitId: units.centerB.id,
      plannedClasses: 2,
      plannedLearners: 100,
      fundingSource: "Ngân sách tỉnh",
      outcome: "NOT_CARRIED_OUT",
      notDoneClasses: 1,
      notDoneLearners: 50,
      outcomeReason: "Chưa có văn bản hướng dẫn",
    },
  });
  // Moved whole to next year: postponed, not counted as not carried out, its reason listed.
  await prisma().planLine.create({
    data: { planId: plan.id, programId: dvm.id, hostUnitId: units.centerA.id, plannedClasses: 1, plannedLearners: 40, outcome: "CARRIED_OVER", notDoneClasses: 1, notDoneLearners: 40, outcomeReason: "Chuyển sang năm 2031" },
  });
  // A draft plan of another year and another province's approved plan count for no one here.
  await prisma().annualPlan.create({ data: { schoolUnitId: units.school.id, year: YEAR + 1, title: "Dự thảo 2031", status: "DRAFT", lines: { create: { programId: tc.id, hostUnitId: units.centerA.id, plannedClasses: 9, plannedLearners: 900 } } } });
  await prisma().annualPlan.create({ data: { schoolUnitId: other.school.id, year: YEAR, title: "Kế hoạch tỉnh khác", status: "APPROVED", lines: { create: { programId: tc.id, hostUnitId: other.centerA.id, plannedClasses: 5, plannedLearners: 250 } } } });

  // Center A, Trung cấp: one finished in the year, one in progress and one finishing next year (both carried
  // over), one cancelled before it started, one only planned, one from the year before.
  const finished = await classAt(units.centerA.id, tc, "FINISHED", "2030-02-01", "2030-06-30", { planLineId: lineA.id });
  const running = await classAt(units.centerA.id, tc, "IN_PROGRESS", "2030-09-01", "2031-03-01");
  await classAt(units.centerA.id, tc, "FINISHED", "2030-10-01", "2031-01-15");
  await classAt(units.centerA.id, tc, "CANCELLED", null, null, { planLineId: lineA.id });
  await classAt(units.centerA.id, tc, "PLANNED", null, null, { planLineId: lineA.id });
  await classAt(units.centerA.id, tc, "FINISHED", "2029-02-01", "2029-06-30");
  // Center B, new party members: one finished.
  const atB = await classAt(units.centerB.id, dvm, "FINISHED", "2030-04-01", "2030-04-07");
  // Another province's class.
  await classAt(other.centerA.id, tc, "IN_PROGRESS", "2030-03-01", null, { schoolUnitId: other.school.id });

  await enrol(finished.id, units.centerA.id, 3);
  await enrol(finished.id, units.centerA.id, 1, "WITHDRAWN");
  await enrol(running.id, units.centerA.id, 2);
  await enrol(atB.id, units.centerB.id, 4);

  viewers = {
    board: await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id),
    office: await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id),
    centerA: await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id),
    otherBoard: await makeViewer(prisma(), "PROVINCIAL_BOARD", other.board.id),
    otherSchool: await makeViewer(prisma(), "TRAINING_OFFICE", other.school.id),
  };
});

describe("plan progress", () => {
  it("counts plan against opened, finished, carried over, cancelled and not carried out, per unit and program", async () => {
    const progress = await getPlanProgress(viewers.board, YEAR);
    const a = progress.byUnit.find((r) => r.id === units.centerA.id);
    const b = progress.byUnit.find((r) => r.id === units.centerB.id);
    expect(a).toMatchObject({ plannedClasses: 5, plannedLearners: 240, opened: 3, finished: 1, carriedOver: 2, cancelled: 1, notCarriedOut: 0, learners: 5, classPercent: 60, learnerPercent: 2.1 });
    expect(a?.fundingSources).toEqual(["Ngân sách huyện A"]);
    expect(b).toMatchObject({ plannedClasses: 2, opened: 1, finished: 1, carriedOver: 0, cancelled: 0, notCarriedOut: 1, learners: 4, classPercent: 50 });
    expect(progress.byProgram.find((r) => r.id === dvm.id)).toMatchObject({ plannedClasses: 3, opened: 1, learners: 4, notCarriedOut: 1 });
    expect(progress.byProgram.find((r) => r.id === tc.id)).toMatchObject({ plannedClasses: 4, opened: 3, carriedOver: 2 });
    expect(progress.total).toMatchObject({ plannedClasses: 7, plannedLearners: 340, opened: 4, finished: 2, carriedOver: 2, cancelled: 1, notCarriedOut: 1, learners: 9 });
    expect(progress.reasons.map((r) => r.outcomeReason).sort()).toEqual(["Chuyển sang năm 2031", "Chưa có văn bản hướng dẫn"]);
  });

  it("shows a school its own plan and the board of another province nothing", async () => {
    expect((await getPlanProgress(viewers.office, YEAR)).total).toMatchObject({ plannedClasses: 7, opened: 4 });
    const foreign = await getPlanProgress(viewers.otherBoard, YEAR);
    expect(foreign.byUnit.some((r) => r.id === units.centerA.id || r.id === units.centerB.id)).toBe(false);
    expect(foreign.total).toMatchObject({ plannedClasses: 5, opened: 1 });
    expect((await getPlanProgress(viewers.otherSchool, YEAR)).byUnit.map((r) => r.id)).toEqual([other.centerA.id]);
  });

  it("counts nothing in a year without plans or classes", async () => {
    const empty = await getPlanProgress(viewers.board, 2035);
    expect(empty.byUnit).toEqual([]);
    expect(empty.total.plannedClasses).toBe(0);
  });

  it("lists the years with data and refuses roles without dashboards", async () => {
    const years = await listProgressYears(viewers.board, 2026);
    expect(years).toEqual(expect.arrayContaining([2026, 2029, 2030]));
    expect(years).not.toContain(2031);
    await expect(getPlanProgress(viewers.centerA, YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProgressYears(viewers.centerA, 2026)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("plan progress export", () => {
  it("writes both tables with Vietnamese headers and figures as numbers", async () => {
    const progress = await getPlanProgress(viewers.board, YEAR);
    const buffer = await progressWorkbook(progress, createTranslator("vi"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Theo đơn vị", "Theo chương trình"]);
    const ws = workbook.worksheets[0];
    expect(ws.getCell("A1").value).toBe("Thực hiện kế hoạch đào tạo, bồi dưỡng năm 2030");
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(["Đơn vị mở lớp", "Số lớp kế hoạch", "Đã khai giảng", "Chuyển sang năm sau", "Nguồn kinh phí"]));
    const rowA = ws.getRows(4, ws.rowCount - 3)?.find((row) => row.getCell(1).value === units.centerA.name);
    expect(rowA?.getCell(2).value).toBe(5);
    expect(rowA?.getCell(4).value).toBe(3);
    expect(rowA?.getCell(10).value).toBe(60);
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(1).value).toBe("Tổng cộng");
    expect(total.getCell(2).value).toBe(7);
  });
});
