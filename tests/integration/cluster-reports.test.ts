import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { createClusterReport, getClusterReport, getClusterSubmission, listClusterReports, saveClusterReport, saveClusterSubmission } from "@/lib/data/cluster-reports";
import { METRIC_CODES } from "@/lib/domain/cluster-figures";
import { ClusterSubmissionSchema } from "@/lib/validation/cluster-reports";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeLearner, makeProvince, makeViewer } from "@/tests/support/factories";
import { session } from "@/tests/support/request-stubs";

// The export route and the actions run outside a Next.js request: the session is the viewer under test.
vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { GET: exportReport } = await import("@/app/(app)/cluster-reports/[id]/export/route");
const { saveClusterSubmissionAction } = await import("@/app/(app)/cluster-reports/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function submissionInput(submissionId: string, declared: Record<string, string> = {}, intent: "save" | "submit" = "save", achievements = "") {
  return ClusterSubmissionSchema.parse({ submissionId, intent, achievements, declared });
}

/** A class of the school in a given state and dates, with `enrolled` active learners and `withdrawn` withdrawn ones. */
async function classWith(p: PrismaClient, schoolId: string, hostId: string, data: { status: "IN_PROGRESS" | "FINISHED" | "PLANNED" | "CANCELLED"; start: string; end?: string; enrolled: number; withdrawn?: number }) {
  const { trainingClass } = await makeClass(p, { schoolUnitId: schoolId, hostUnitId: hostId });
  await p.trainingClass.update({ where: { id: trainingClass.id }, data: { status: data.status, startDate: day(data.start), endDate: data.end ? day(data.end) : null, cancelReason: data.status === "CANCELLED" ? "Không đủ số học viên" : null } });
  for (let i = 0; i < data.enrolled + (data.withdrawn ?? 0); i++) {
    const learner = await makeLearner(p, hostId, `Hoàng Văn Học ${i}`);
    await p.enrolment.create({ data: { classId: trainingClass.id, learnerId: learner.id, status: i < data.enrolled ? "ENROLLED" : "WITHDRAWN" } });
  }
  return trainingClass;
}

let head: Awaited<ReturnType<typeof makeProvince>>;
let member: Awaited<ReturnType<typeof makeProvince>>;
let outsider: Awaited<ReturnType<typeof makeProvince>>;
let viewers: Record<"headLeader" | "headOffice" | "memberLeader" | "memberOffice" | "outsiderLeader" | "center" | "board", Viewer>;
let clusterId: string;
let reportId: string;

beforeAll(async () => {
  const p = prisma();
  head = await makeProvince(p, "Tỉnh Cụm Trưởng");
  member = await makeProvince(p, "Tỉnh Thành Viên");
  outsider = await makeProvince(p, "Tỉnh Ngoài Cụm");
  const cluster = await p.emulationCluster.create({ data: { code: "CUM-TEST", name: "Cụm thi đua thử nghiệm" } });
  clusterId = cluster.id;
  await p.clusterMembership.createMany({
    data: [
      { clusterId, unitId: head.school.id, year: 2026, role: "HEAD" },
      { clusterId, unitId: member.school.id, year: 2026, role: "MEMBER" },
      // The member headed the cluster the year before: that gives it nothing in 2026.
      { clusterId, unitId: member.school.id, year: 2025, role: "HEAD" },
    ],
  });
  const other = await p.emulationCluster.create({ data: { code: "CUM-KHAC", name: "Cụm thi đua khác" } });
  await p.clusterMembership.create({ data: { clusterId: other.id, unitId: outsider.school.id, year: 2026, role: "HEAD" } });

  viewers = {
    headLeader: await makeViewer(p, "SCHOOL_LEADERSHIP", head.school.id),
    headOffice: await makeViewer(p, "TRAINING_OFFICE", head.school.id),
    memberLeader: await makeViewer(p, "SCHOOL_LEADERSHIP", member.school.id),
    memberOffice: await makeViewer(p, "TRAINING_OFFICE", member.school.id),
    outsiderLeader: await makeViewer(p, "SCHOOL_LEADERSHIP", outsider.school.id),
    center: await makeViewer(p, "CENTER_STAFF", member.centerA.id),
    board: await makeViewer(p, "PROVINCIAL_BOARD", member.board.id),
  };

  // The member school's recorded data around the first half of 2026.
  const s = member.school.id;
  await classWith(p, s, member.centerA.id, { status: "IN_PROGRESS", start: "2026-03-01", enrolled: 3, withdrawn: 1 }); // counts: 3 learners
  await classWith(p, s, s, { status: "FINISHED", start: "2025-10-01", end: "2026-02-15", enrolled: 2 }); // counts: 2 learners
  await classWith(p, s, s, { status: "FINISHED", start: "2025-01-05", end: "2025-12-20", enrolled: 4 }); // ended before the period
  await classWith(p, s, s, { status: "PLANNED", start: "2026-04-01", enrolled: 0 }); // not run
  await classWith(p, s, s, { status: "CANCELLED", start: "2026-02-01", enrolled: 1 }); // cancelled
  await classWith(p, s, s, { status: "IN_PROGRESS", start: "2026-08-01", enrolled: 5 }); // after the period
  await classWith(p, head.school.id, head.school.id, { status: "IN_PROGRESS", start: "2026-02-01", enrolled: 1 }); // another school's

  const research = (unitId: string, kind: "PROJECT" | "CONFERENCE" | "SEMINAR" | "JOURNAL_ARTICLE", level: "PROVINCE" | "SCHOOL" | "NATIONAL" | null, date: string, status: "PUBLISHED" | "CANCELLED" = "PUBLISHED") =>
    p.researchOutput.create({ data: { unitId, kind, level, title: `Sản phẩm ${kind} ${date}`, status, date: day(date) } });
  await research(member.faculty.id, "PROJECT", "PROVINCE", "2026-02-01");
  await research(s, "PROJECT", "PROVINCE", "2026-06-30");
  await research(s, "PROJECT", "SCHOOL", "2026-07-01"); // after the period
  await research(s, "CONFERENCE", "SCHOOL", "2026-03-10", "CANCELLED");
  await research(s, "SEMINAR", "SCHOOL", "2026-01-01");
  await research(s, "JOURNAL_ARTICLE", "NATIONAL", "2026-05-05");
  await research(head.school.id, "SEMINAR", "SCHOOL", "2026-03-03"); // another school's

  const lecturer = await p.lecturer.create({ data: { unitId: member.faculty.id, fullName: "Nguyễn Thị Giảng", sortKey: "giang", kind: "FULL_TIME" } });
  await p.lecturerActivity.createMany({
    data: [
      { lecturerId: lecturer.id, kind: "SENT_FOR_TRAINING", trainingTarget: "THAC_SI", title: "Học thạc sĩ", startDate: day("2026-05-01") },
      { lecturerId: lecturer.id, kind: "DEMO_LESSON_SCHOOL", title: "Thao giảng", startDate: day("2026-01-10") },
      { lecturerId: lecturer.id, kind: "DEMO_LESSON_FACULTY", title: "Thao giảng khoa", startDate: day("2025-12-10") }, // before the period
    ],
  });

  ({ id: reportId } = await createClusterReport(viewers.headLeader, { clusterId, year: 2026, period: "HALF_YEAR" }));
});

async function memberSubmissionId() {
  const row = await prisma().clusterReportSubmission.findUniqueOrThrow({ where: { reportId_unitId: { reportId, unitId: member.school.id } } });
  return row.id;
}

describe("opening a report", () => {
  it("gives each member school of that year one submission, and audits it", async () => {
    const submissions = await prisma().clusterReportSubmission.findMany({ where: { reportId } });
    expect(submissions.map((s) => s.unitId).sort()).toEqual([head.school.id, member.school.id].sort());
    expect(await prisma().auditLog.count({ where: { entity: "ClusterReport", entityId: reportId, action: "create" } })).toBe(1);
  });

  it("is refused to a school that is not the head that year, and to roles that do not compose", async () => {
    await expect(createClusterReport(viewers.memberLeader, { clusterId, year: 2026, period: "ANNUAL" })).rejects.toThrow(NotFoundError);
    await expect(createClusterReport(viewers.outsiderLeader, { clusterId, year: 2026, period: "ANNUAL" })).rejects.toThrow(NotFoundError);
    await expect(createClusterReport(viewers.headOffice, { clusterId, year: 2026, period: "ANNUAL" })).rejects.toThrow(ForbiddenError);
    expect(await prisma().clusterReport.count({ where: { clusterId, period: "ANNUAL" } })).toBe(0);
  });

  it("refuses a second report of the same period", async () => {
    await expect(createClusterReport(viewers.headLeader, { clusterId, year: 2026, period: "HALF_YEAR" })).rejects.toMatchObject({ name: "DomainValidationError" });
  });

  it("lists the report with who has not submitted for the head, and the report for the member", async () => {
    const forHead = await listClusterReports(viewers.headLeader);
    const row = forHead.reports.find((r) => r.id === reportId)!;
    expect(row).toMatchObject({ composer: true, members: 2, submitted: 0 });
    expect(row.notSubmitted).toHaveLength(2);
    expect(forHead.openable).toEqual([expect.objectContaining({ clusterId, year: 2026, periods: ["ANNUAL"] })]);
    const forMember = await listClusterReports(viewers.memberLeader);
    expect(forMember.reports.find((r) => r.id === reportId)).toMatchObject({ composer: false, notSubmitted: [] });
    expect(forMember.openable).toEqual([expect.objectContaining({ year: 2025 })]);
    expect((await listClusterReports(viewers.outsiderLeader)).reports.some((r) => r.id === reportId)).toBe(false);
  });
});

describe("a school's figures", () => {
  it("are computed from its recorded data of the period", async () => {
    const view = await getClusterSubmission(viewers.memberLeader, await memberSubmissionId());
    const figures = Object.fromEntries(view.metrics.map((m) => [m.metric, m.computed]));
    expect(figures).toMatchObject({
      classes: 2,
      learners: 5,
      projects_province: 2,
      projects_school: 0,
      conferences_school: 0,
      seminars: 1,
      journal_articles: 1,
      sent_master: 1,
      demo_lessons_school: 1,
      demo_lessons_faculty: 0,
    });
    expect(Object.keys(figures).sort()).toEqual([...METRIC_CODES].sort());
    expect(view.can.edit).toBe(true);
  });

  it("show where the declared totals differ from the computed ones, to the school and to the head", async () => {
    const id = await memberSubmissionId();
    await saveClusterSubmission(viewers.memberOffice, submissionInput(id, { learners: "1.131", classes: "2", seminars: "" }, "save", "Hoàn thành kế hoạch."));
    const view = await getClusterSubmission(viewers.memberLeader, id);
    expect(view.differences).toEqual([{ metric: "learners", computed: 5, declared: 1131, delta: 1126 }]);
    expect(view.narrative.achievements).toBe("Hoàn thành kế hoạch.");
    const report = await getClusterReport(viewers.headLeader, reportId);
    const row = report.table!.rows.find((r) => r.unitId === member.school.id)!;
    expect(row.status).toBe("DRAFT");
    expect(row.differences.map((d) => d.metric)).toEqual(["learners"]);
    expect(report.table!.totals.reported.learners).toBe(1131 + 1);
    expect(report.table!.totals.computed.learners).toBe(5 + 1);
    expect(await prisma().auditLog.count({ where: { entity: "ClusterReportSubmission", entityId: id, action: "update" } })).toBe(1);
  });

  it("reject a declared figure that is not a whole number ≥ 0, through the action", async () => {
    session.viewer = viewers.memberLeader;
    const data = new FormData();
    data.set("submissionId", await memberSubmissionId());
    data.set("declared.classes", "-3");
    const state = await saveClusterSubmissionAction({}, data);
    expect(state.fieldErrors?.["declared.classes"]).toBe("Nhập số nguyên không âm, hoặc để trống.");
    session.viewer = null;
  });
});

describe("reading and writing across units", () => {
  it("a school of another cluster, a center and the board cannot read; a member cannot read another school's part", async () => {
    const id = await memberSubmissionId();
    await expect(getClusterReport(viewers.outsiderLeader, reportId)).rejects.toThrow(NotFoundError);
    await expect(getClusterSubmission(viewers.outsiderLeader, id)).rejects.toThrow(NotFoundError);
    await expect(getClusterReport(viewers.center, reportId)).rejects.toThrow(ForbiddenError);
    await expect(getClusterReport(viewers.board, reportId)).rejects.toThrow(ForbiddenError);
    const headPart = await prisma().clusterReportSubmission.findUniqueOrThrow({ where: { reportId_unitId: { reportId, unitId: head.school.id } } });
    await expect(getClusterSubmission(viewers.memberLeader, headPart.id)).rejects.toThrow(NotFoundError);
    // The member sees the report but not the cluster table while it is being composed.
    expect((await getClusterReport(viewers.memberLeader, reportId)).table).toBeNull();
  });

  it("the head reads a member's part but cannot change it; another school cannot change it", async () => {
    const id = await memberSubmissionId();
    expect((await getClusterSubmission(viewers.headLeader, id)).can.edit).toBe(false);
    await expect(saveClusterSubmission(viewers.headLeader, submissionInput(id, { classes: "99" }))).rejects.toThrow(NotFoundError);
    await expect(saveClusterSubmission(viewers.outsiderLeader, submissionInput(id, { classes: "99" }))).rejects.toThrow(NotFoundError);
    await expect(saveClusterSubmission(viewers.center, submissionInput(id, { classes: "99" }))).rejects.toThrow(ForbiddenError);
    const classes = await prisma().clusterReportFigure.findFirst({ where: { submissionId: id, metric: "classes" } });
    expect(classes?.declaredValue).toBe(2);
  });

  it("a non-head cannot compose the report", async () => {
    const texts = { reportId, intent: "save" as const, achievements: "Sửa trái phép", limitations: null, proposals: null, nextTasks: null };
    await expect(saveClusterReport(viewers.memberLeader, texts)).rejects.toThrow(NotFoundError);
    await expect(saveClusterReport(viewers.headOffice, texts)).rejects.toThrow(ForbiddenError);
    await expect(saveClusterReport(viewers.outsiderLeader, texts)).rejects.toThrow(NotFoundError);
    expect((await prisma().clusterReport.findUniqueOrThrow({ where: { id: reportId } })).achievements).toBeNull();
  });
});

describe("submitting", () => {
  it("freezes a school's part: later data changes alter neither its figures nor the head's table, and it is read-only", async () => {
    const id = await memberSubmissionId();
    await saveClusterSubmission(viewers.memberLeader, submissionInput(id, { learners: "1131" }, "submit", "Kết quả 6 tháng."));
    const frozen = await prisma().clusterReportSubmission.findUniqueOrThrow({ where: { id } });
    expect(frozen.status).toBe("SUBMITTED");
    expect(frozen.submittedById).toBe(viewers.memberLeader.userId);
    expect(frozen.snapshot).toMatchObject({ figures: { classes: { computed: 2, declared: null }, learners: { computed: 5, declared: 1131 } }, narrative: { achievements: "Kết quả 6 tháng." } });

    // New recorded data of the period after submission.
    await classWith(prisma(), member.school.id, member.school.id, { status: "IN_PROGRESS", start: "2026-05-01", enrolled: 2 });
    await prisma().researchOutput.create({ data: { unitId: member.school.id, kind: "SEMINAR", level: "SCHOOL", title: "Tọa đàm mới", status: "PUBLISHED", date: day("2026-06-01") } });

    const view = await getClusterSubmission(viewers.memberLeader, id);
    expect(view.metrics.find((m) => m.metric === "classes")?.computed).toBe(2);
    expect(view.metrics.find((m) => m.metric === "seminars")?.computed).toBe(1);
    expect(view.can.edit).toBe(false);
    const row = (await getClusterReport(viewers.headLeader, reportId)).table!.rows.find((r) => r.unitId === member.school.id)!;
    expect(row).toMatchObject({ status: "SUBMITTED" });
    expect(row.computed.classes).toBe(2);
    await expect(saveClusterSubmission(viewers.memberLeader, submissionInput(id, { classes: "7" }))).rejects.toThrow(NotFoundError);
    expect(await prisma().auditLog.count({ where: { entity: "ClusterReportSubmission", entityId: id, action: "submit" } })).toBe(1);
  });

  it("the head completes the report: its snapshot stays as it was, and members then see the table", async () => {
    await saveClusterReport(viewers.headLeader, { reportId, intent: "submit", achievements: "Các trường hoàn thành tốt nhiệm vụ.", limitations: "Còn chậm.", proposals: null, nextTasks: "Tổng kết năm." });
    const before = await getClusterReport(viewers.headLeader, reportId);
    expect(before.status).toBe("SUBMITTED");
    const headRow = before.table!.rows.find((r) => r.unitId === head.school.id)!;
    expect(headRow.status).toBe("DRAFT");
    expect(headRow.computed.classes).toBe(1);
    await classWith(prisma(), head.school.id, head.school.id, { status: "IN_PROGRESS", start: "2026-01-15", enrolled: 1 });
    const after = await getClusterReport(viewers.memberLeader, reportId);
    expect(after.table!.rows.find((r) => r.unitId === head.school.id)!.computed.classes).toBe(1);
    expect(after.narrative.achievements).toBe("Các trường hoàn thành tốt nhiệm vụ.");
    await expect(saveClusterReport(viewers.headLeader, { reportId, intent: "save", achievements: "x", limitations: null, proposals: null, nextTasks: null })).rejects.toThrow(NotFoundError);
  });
});

describe("the spreadsheet export", () => {
  it("returns a valid xlsx with the schools × metrics, numbers as numbers, totals and the narrative", async () => {
    session.viewer = viewers.headLeader;
    const response = await exportReport(new Request("http://localhost/x"), { params: Promise.resolve({ id: reportId }) });
    session.viewer = null;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain("bao-cao-cum-thi-dua-6-thang-2026.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const figures = workbook.getWorksheet("Số liệu")!;
    expect(figures.getCell(1, 1).value).toBe("BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026");
    const header = figures.getRow(3).values as unknown[];
    expect(header).toContain("Trường");
    expect(header).toContain("Số học viên");
    const learnersColumn = header.indexOf("Số học viên");
    const memberRow = [4, 5].map((n) => figures.getRow(n)).find((r) => r.getCell(2).value === member.school.name)!;
    expect(memberRow.getCell(learnersColumn).value).toBe(1131);
    expect(typeof memberRow.getCell(learnersColumn).value).toBe("number");
    expect(memberRow.getCell(learnersColumn).note).toBeTruthy();
    expect(figures.getRow(6).getCell(2).value).toBe("Tổng cụm");
    expect(figures.getRow(6).getCell(learnersColumn).value).toBe(1131 + 1);
    const narrative = workbook.getWorksheet("Nội dung")!;
    expect(narrative.getRow(2).values).toEqual([undefined, "Kết quả đạt được", "Các trường hoàn thành tốt nhiệm vụ."]);
  });

  it("is refused outside the scope and without the permission", async () => {
    for (const viewer of [viewers.outsiderLeader, viewers.center, viewers.board]) {
      session.viewer = viewer;
      const response = await exportReport(new Request("http://localhost/x"), { params: Promise.resolve({ id: reportId }) });
      expect(response.status).toBe(404);
    }
    session.viewer = null;
    expect((await exportReport(new Request("http://localhost/x"), { params: Promise.resolve({ id: reportId }) })).status).toBe(401);
  });
});

describe("a member school without a part", () => {
  it("is counted and listed as not submitted for the head (as the seeded 2024 report's Điện Biên)", async () => {
    const late = await makeProvince(prisma(), "Tỉnh Chưa Nộp");
    await prisma().clusterMembership.create({ data: { clusterId, unitId: late.school.id, year: 2026, role: "MEMBER" } });
    const row = (await listClusterReports(viewers.headLeader)).reports.find((r) => r.id === reportId)!;
    expect(row.members).toBe(3);
    expect(row.notSubmitted).toEqual([head.school.name, late.school.name].sort((a, b) => a.localeCompare(b, "vi")));
  });
});
