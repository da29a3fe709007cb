import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { classify, CLUSTER_SCHOOLS, DEMO_ACCOUNTS, DEMO_PASSWORD, LS_DISTRICTS, resultOf } from "@/prisma/seed-data";
import { seed } from "@/prisma/seed";
import { useTestDatabase } from "@/tests/support/database";

const database = useTestDatabase();

async function tableCounts(): Promise<Record<string, number>> {
  const db = database.current;
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    counts[table_name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n;
  }
  return counts;
}

describe("demo seed", () => {
  let first: Record<string, number>;

  it("fills a fresh database", async () => {
    const summary = await seed(database.current.prisma, { log: () => {} });
    expect(summary.classesCreated).toBe(summary.classes);
    first = await tableCounts();
    expect(first.Learner).toBeGreaterThanOrEqual(300);
    expect(first.Learner).toBeLessThanOrEqual(400);
    for (const table of ["Unit", "TrainingClass", "Enrolment", "AttendanceRecord", "Grade", "Result", "Certificate", "GradeCorrection", "ResearchOutput", "ClusterReportFigure", "Recommendation", "CoordinationDuty", "StandardCriterion", "LecturerActivity", "UnitChange", "DisciplineRecord"]) {
      expect(first[table], table).toBeGreaterThan(0);
    }
  }, 120_000);

  it("has the unit tree of Lạng Sơn and the cluster's eight schools", async () => {
    const prisma = database.current.prisma;
    const province = await prisma.unit.findUniqueOrThrow({ where: { code: "LS" } });
    expect(province.provinceId).toBe(province.id);
    expect((await prisma.unit.findUniqueOrThrow({ where: { code: "HVCTQG" } })).provinceId).toBeNull();
    const centers = await prisma.unit.findMany({ where: { provinceId: province.id, kind: "CENTER", centerLevel: "DISTRICT", status: "ACTIVE" } });
    expect(centers.map((c) => c.code).sort()).toEqual(LS_DISTRICTS.map((d) => `LS-TT-${d.key}`).sort());
    expect(centers.find((c) => c.code === "LS-TT-CHILANG")?.name).toBe("Trung tâm Chính trị huyện Chi Lăng");
    expect(centers.find((c) => c.code === "LS-TT-DINHLAP")?.name).toBe("Trung tâm Chính trị huyện Đình Lập");
    const inProvince = await prisma.unit.count({ where: { code: { startsWith: "LS" } } });
    expect(await prisma.unit.count({ where: { code: { startsWith: "LS" }, provinceId: province.id } })).toBe(inProvince);
    const faculties = await prisma.unit.findMany({ where: { parent: { code: "LS-TCT" }, kind: "FACULTY" } });
    expect(faculties).toHaveLength(3);

    const memberships = await prisma.clusterMembership.findMany({ where: { cluster: { code: "CUM-MNBGPB" }, year: 2024 }, include: { unit: { include: { parent: true } } } });
    expect(memberships).toHaveLength(8);
    for (const m of memberships) {
      expect(m.unit.kind).toBe("SCHOOL");
      expect(m.unit.parent?.kind).toBe("PROVINCE");
    }
    expect(memberships.find((m) => m.role === "HEAD")?.unit.code).toBe("QN-TCT");
    expect(await prisma.clusterMembership.count()).toBe(CLUSTER_SCHOOLS.length * 3);
  });

  it("has a class in every status, at the school and at the centers", async () => {
    const prisma = database.current.prisma;
    const classes = await prisma.trainingClass.findMany({ include: { host: true, program: true, _count: { select: { statusChanges: true } } } });
    for (const status of ["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS", "FINISHED", "CANCELLED"] as const) {
      expect(classes.some((c) => c.status === status), status).toBe(true);
    }
    expect(classes.every((c) => c._count.statusChanges > 0)).toBe(true);
    expect(classes.filter((c) => c.host.code === "LS-TT-CHILANG").length).toBeGreaterThanOrEqual(2);
    expect(classes.filter((c) => c.host.code === "LS-TT-DINHLAP").length).toBeGreaterThanOrEqual(2);
    const chiLang = classes.find((c) => c.code === "TC-2025-CL-01")!;
    expect(chiLang.status).toBe("IN_PROGRESS");
    expect(chiLang.program.code).toBe("TCLLCT");
    expect(chiLang.endDate!.getUTCFullYear()).toBeGreaterThan(chiLang.startDate!.getUTCFullYear());
    expect(classes.find((c) => c.status === "CANCELLED")?.cancelReason).toBeTruthy();
  });

  it("keeps grades, results and certificates consistent", async () => {
    const prisma = database.current.prisma;
    const outOfRange = await database.current.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Grade" WHERE score < 0 OR score > 10`);
    expect(outOfRange[0].n).toBe(0);
    const results = await prisma.result.findMany({
      include: { enrolment: { include: { grades: { include: { sheet: true } }, trainingClass: { include: { program: { include: { subjects: true } } } } } } },
    });
    for (const r of results) {
      const scores = new Map(r.enrolment.grades.map((g) => [g.sheet.subjectId, g.score === null ? null : Number(g.score)]));
      const expected = resultOf(r.enrolment.trainingClass.program.subjects.map((s) => ({ weight: Number(s.weight), score: scores.get(s.id) ?? null })));
      expect(Number(r.finalScore)).toBeCloseTo(expected.finalScore, 2);
      expect(r.classification).toBe(expected.classification);
      if (r.passed) expect(r.classification).toBe(classify(Number(r.finalScore)));
      expect(r.passed).toBe(r.classification !== "KHONG_DAT");
      expect(r.enrolment.trainingClass.status).toBe("FINISHED");
    }
    expect(results.some((r) => r.classification === "KHONG_DAT")).toBe(true);
    expect(results.some((r) => r.classification === "GIOI")).toBe(true);
    // Finished classes have only finalized sheets, each with its lock event.
    const openSheets = await prisma.gradeSheet.count({ where: { trainingClass: { status: "FINISHED" }, status: { not: "FINALIZED" } } });
    expect(openSheets).toBe(0);
    expect(await prisma.gradeSheetLockEvent.count()).toBe(await prisma.gradeSheet.count({ where: { status: "FINALIZED" } }));
    const certificates = await prisma.certificate.findMany({ include: { result: true } });
    expect(certificates.length).toBe(results.filter((r) => r.passed).length);
    expect(new Set(certificates.map((c) => c.verificationCode)).size).toBe(certificates.length);
    expect(certificates.every((c) => c.verificationCode.length >= 10)).toBe(true);
    expect(certificates.some((c) => c.kind === "BANG")).toBe(true);
    const correction = await prisma.gradeCorrection.findFirstOrThrow({ include: { grade: { include: { sheet: true } } } });
    expect(correction.grade.sheet.status).toBe("FINALIZED");
    expect(Number(correction.grade.score)).toBe(Number(correction.newScore));
  });

  it("has a half-year cluster report with computed figures and a missing submission", async () => {
    const prisma = database.current.prisma;
    const report = await prisma.clusterReport.findFirstOrThrow({
      where: { year: 2024, period: "HALF_YEAR" },
      include: { composer: true, submissions: { include: { unit: true, figures: true } } },
    });
    expect(report.composer.code).toBe("QN-TCT");
    const submitted = report.submissions.filter((s) => s.status === "SUBMITTED");
    expect(submitted.length).toBeGreaterThan(0);
    expect(report.submissions.length).toBeLessThan(CLUSTER_SCHOOLS.length);
    const figures = report.submissions.flatMap((s) => s.figures);
    expect(figures.find((f) => f.metric === "classes" && f.computedValue > 0)).toBeTruthy();
    expect(figures.filter((f) => f.declaredValue !== null && f.declaredValue !== f.computedValue)).toHaveLength(1);
    // The Lạng Sơn school's computed research figures match its recorded outputs (seed 002: 1 provincial project).
    const ls = report.submissions.find((s) => s.unit.code === "LS-TCT")!;
    expect(ls.figures.find((f) => f.metric === "projects_province")?.computedValue).toBe(1);
  });

  it("has the 2022 inspection of Đình Lập and Chi Lăng with its follow-ups", async () => {
    const plan = await database.current.prisma.inspectionPlan.findFirstOrThrow({
      where: { code: "84-KH/ĐKT" },
      include: { board: true, targets: { include: { unit: true } }, team: true, visits: { include: { recommendations: { include: { followUps: true } } } } },
    });
    expect(plan.board.code).toBe("LS-BTG");
    expect(plan.targets.map((t) => t.unit.code).sort()).toEqual(["LS-TT-CHILANG", "LS-TT-DINHLAP"]);
    expect(plan.team.find((m) => m.role === "HEAD")?.name).toBe("Nguyễn Trọng Sơn");
    expect(plan.team.find((m) => m.role === "DEPUTY")?.name).toBe("Dương Thị Hồng Vân");
    const recommendations = plan.visits.flatMap((v) => v.recommendations);
    expect(recommendations.find((r) => r.status === "DONE")?.followUps.length).toBeGreaterThan(0);
    expect(recommendations.some((r) => r.status === "OPEN")).toBe(true);
    expect(await database.current.prisma.inspectionPlan.count({ where: { status: "ISSUED", year: 2026 } })).toBe(1);
  });

  it("gives learners sort keys and valid citizen IDs", async () => {
    const learners = await database.current.prisma.learner.findMany({ select: { fullName: true, sortKey: true, citizenId: true } });
    for (const l of learners) {
      expect(l.sortKey).toBe(nameSortKey(l.fullName));
      expect(l.citizenId).toMatch(/^0\d{11}$/);
    }
  });

  it("creates every demo account with the demo password and its role", async () => {
    const prisma = database.current.prisma;
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUniqueOrThrow({ where: { username: account.username }, include: { roles: { include: { unit: true } } } });
      expect(user.fullName).toBe(account.fullName);
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
      expect(user.roles.map((r) => [r.role, r.unit.code])).toContainEqual([account.role, account.unitCode]);
    }
    const lecturer = await prisma.lecturer.findFirstOrThrow({ where: { user: { username: "giangvien" } }, include: { unit: true } });
    expect(lecturer.unit.code).toBe("LS-TCT-XDD");
    expect(await prisma.classSubjectAssignment.count({ where: { lecturerId: lecturer.id } })).toBeGreaterThan(0);
  }, 30_000);

  it("is idempotent: a second run leaves the same rows", async () => {
    const summary = await seed(database.current.prisma, { log: () => {} });
    expect(summary.classesCreated).toBe(0);
    expect(await tableCounts()).toEqual(first);
  }, 120_000);
});
