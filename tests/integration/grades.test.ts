import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { correctGrade, finalizeGradeSheet, getGradeSheet, saveGradeSheet } from "@/lib/data/grades";
import { getClass } from "@/lib/data/classes";
import { loadViewer } from "@/lib/data/auth";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeLearner, makeProgram, makeProvince, makeUser, makeViewer } from "@/tests/support/factories";
import { as, form, session } from "@/tests/support/request-stubs";

// Actions run outside a Next.js request: the session is the viewer under test (as in the authorization matrix).
vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { correctGradeAction, saveGradeSheetAction } = await import("@/app/(app)/classes/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

/** A class of the school held at center A, with three enrolled learners, two counted subjects and one of weight 0. */
async function scenario() {
  const units = await makeProvince(prisma(), `Tỉnh ${Math.random().toString(36).slice(2, 7)}`);
  const program = await makeProgram(prisma());
  await prisma().ruleVersion.update({
    where: { id: program.ruleVersions[0].id },
    data: {
      classification: [
        { classification: "XUAT_SAC", minScore: 9 },
        { classification: "GIOI", minScore: 8 },
        { classification: "KHA", minScore: 7 },
        { classification: "TRUNG_BINH", minScore: 5 },
      ],
    },
  });
  const localTopic = await prisma().subject.create({ data: { programId: program.id, code: "V1", name: "Tình hình địa phương", periods: 10, position: 3, weight: 0, assessment: "NONE" } });
  const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id, program });
  const [subjectA, subjectB] = program.subjects;
  const learners = [
    await makeLearner(prisma(), units.centerA.id, "Trần Văn Bình"),
    await makeLearner(prisma(), units.centerA.id, "Nguyễn Thị An"),
    await makeLearner(prisma(), units.centerA.id, "Lê Văn Đức"),
  ];
  const enrolments = [];
  for (const learner of learners) enrolments.push(await prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: learner.id } }));

  const lecturerUser = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id, fullName: "Phạm Anh Tuấn" });
  const lecturerRow = await prisma().lecturer.create({ data: { unitId: units.faculty.id, userId: lecturerUser.id, fullName: "Phạm Anh Tuấn", sortKey: "tuan", kind: "FULL_TIME" } });
  await prisma().classSubjectAssignment.create({ data: { classId: trainingClass.id, subjectId: subjectA.id, lecturerId: lecturerRow.id } });

  const viewers = {
    centerA: await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id),
    centerB: await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id),
    office: await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id),
    leadership: await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id),
    lecturer: (await loadViewer(lecturerUser.id)) as Viewer,
    board: await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id),
  };
  // By name: An, Bình, Đức (given names, Vietnamese order).
  const [binh, an, duc] = enrolments;
  return { units, program, trainingClass, subjectA, subjectB, localTopic, learners, enrolments, byName: { an, binh, duc }, viewers };
}

type Scenario = Awaited<ReturnType<typeof scenario>>;

function sheetInput(s: Scenario, subjectId: string, scores: [string, number | null, boolean?][]) {
  return { classId: s.trainingClass.id, subjectId, rows: scores.map(([enrolmentId, score, absent]) => ({ enrolmentId, score, absent: absent ?? false, note: null })) };
}

async function snapshot() {
  const [sheets, grades, corrections, locks, results, audits] = await Promise.all([
    prisma().gradeSheet.findMany({ orderBy: { id: "asc" } }),
    prisma().grade.findMany({ orderBy: { id: "asc" } }),
    prisma().gradeCorrection.count(),
    prisma().gradeSheetLockEvent.count(),
    prisma().result.findMany({ orderBy: { id: "asc" } }),
    prisma().auditLog.count(),
  ]);
  return JSON.stringify({ sheets, grades, corrections, locks, results, audits });
}

describe("grade sheets", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });

  it("shows one row per enrolled learner in Vietnamese name order, before any sheet exists", async () => {
    const view = await getGradeSheet(s.viewers.centerA, s.trainingClass.id, s.subjectA.id);
    expect(view.sheet).toBeNull();
    expect(view.rows.map((r) => r.learner.fullName)).toEqual(["Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Đức"]);
    expect(view.can).toEqual({ enter: true, finalize: false, correct: false });
    // The check on a sheet that does not exist yet left none behind.
    expect(await prisma().gradeSheet.count({ where: { classId: s.trainingClass.id } })).toBe(0);
  });

  it("saves a whole sheet in one go, creating it on the first save, with an audit entry per grade", async () => {
    const result = await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 8.5], [s.byName.binh.id, 7], [s.byName.duc.id, null]]));
    expect(result.changed).toBe(2);
    const sheet = await prisma().gradeSheet.findUniqueOrThrow({ where: { id: result.sheetId }, include: { grades: true } });
    expect(sheet.status).toBe("DRAFT");
    expect(sheet.grades.map((g) => Number(g.score)).sort()).toEqual([7, 8.5]);
    expect(await prisma().auditLog.count({ where: { entity: "Grade", entityId: { in: sheet.grades.map((g) => g.id) }, action: "CREATE" } })).toBe(2);
    expect(await prisma().auditLog.count({ where: { entity: "GradeSheet", entityId: sheet.id, action: "CREATE" } })).toBe(1);

    const again = await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 8.5], [s.byName.binh.id, 7.25], [s.byName.duc.id, null]]));
    expect(again.changed).toBe(1);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Grade", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit.changes).toEqual({ score: { old: 7, new: 7.25 } });
  });

  it("accepts a comma as the decimal separator (7,5) in the form", async () => {
    const state = await as(s.viewers.centerA, () =>
      saveGradeSheetAction(
        {},
        form({
          classId: s.trainingClass.id,
          subjectId: s.subjectA.id,
          "rows.0.enrolmentId": s.byName.an.id,
          "rows.0.score": "7,5",
          "rows.1.enrolmentId": s.byName.binh.id,
          "rows.1.score": "7.25",
          "rows.2.enrolmentId": s.byName.duc.id,
          "rows.2.score": "",
          "rows.2.absent": "on",
        }),
      ),
    );
    expect(state).toMatchObject({ ok: true, message: "Đã lưu bảng điểm (2 dòng thay đổi)." });
    const grades = await prisma().grade.findMany({ where: { sheet: { classId: s.trainingClass.id, subjectId: s.subjectA.id } } });
    const byEnrolment = new Map(grades.map((g) => [g.enrolmentId, g]));
    expect(Number(byEnrolment.get(s.byName.an.id)?.score)).toBe(7.5);
    expect(byEnrolment.get(s.byName.duc.id)).toMatchObject({ score: null, absent: true });
  });

  it("saves nothing when one row is bad, and says which row and field", async () => {
    const before = await snapshot();
    const state = await as(s.viewers.centerA, () =>
      saveGradeSheetAction(
        {},
        form({
          classId: s.trainingClass.id,
          subjectId: s.subjectA.id,
          "rows.0.enrolmentId": s.byName.an.id,
          "rows.0.score": "9",
          "rows.1.enrolmentId": s.byName.binh.id,
          "rows.1.score": "11",
          "rows.2.enrolmentId": s.byName.duc.id,
          "rows.2.score": "6,555",
        }),
      ),
    );
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe("Bảng điểm chưa được lưu: có 2 dòng chưa đúng. Vui lòng sửa các ô được đánh dấu.");
    expect(state.fieldErrors).toEqual({
      "rows.1.score": "Điểm phải từ 0 đến 10, tối đa hai chữ số thập phân.",
      "rows.2.score": "Điểm phải từ 0 đến 10, tối đa hai chữ số thập phân.",
    });
    expect(state.values?.["rows.1.score"]).toBe("11");
    expect(await snapshot()).toBe(before);
  });

  it("refuses a score together with an absence, row by row", async () => {
    const state = await as(s.viewers.centerA, () =>
      saveGradeSheetAction({}, form({ classId: s.trainingClass.id, subjectId: s.subjectA.id, "rows.0.enrolmentId": s.byName.an.id, "rows.0.score": "8", "rows.0.absent": "on" })),
    );
    expect(state.fieldErrors).toEqual({ "rows.0.score": "Học viên vắng thi thì không nhập điểm." });
  });

  it("saves nothing when a row names a learner who is not in the class", async () => {
    const stranger = await makeLearner(prisma(), s.units.centerA.id, "Vi Văn Lạ");
    const { trainingClass: otherClass } = await makeClass(prisma(), { schoolUnitId: s.units.school.id, hostUnitId: s.units.centerA.id, program: s.program });
    const foreign = await prisma().enrolment.create({ data: { classId: otherClass.id, learnerId: stranger.id } });
    const before = await snapshot();
    const attempt = saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 10], [foreign.id, 9]]));
    await expect(attempt).rejects.toBeInstanceOf(DomainValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { "rows.1.score": "training.grades.unknownLearner" } });
    expect(await snapshot()).toBe(before);
  });

  it("lets a lecturer enter grades only for the subject they teach", async () => {
    const own = await getGradeSheet(s.viewers.lecturer, s.trainingClass.id, s.subjectA.id);
    expect(own.can.enter).toBe(true);
    const other = await getGradeSheet(s.viewers.lecturer, s.trainingClass.id, s.subjectB.id);
    expect(other.can.enter).toBe(false);

    await saveGradeSheet(s.viewers.lecturer, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 8]]));
    const before = await snapshot();
    await expect(saveGradeSheet(s.viewers.lecturer, sheetInput(s, s.subjectB.id, [[s.byName.an.id, 8]]))).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().gradeSheet.count({ where: { classId: s.trainingClass.id, subjectId: s.subjectB.id } })).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it("keeps center B out of center A's class: reading and saving are 'not found' and change nothing", async () => {
    await expect(getGradeSheet(s.viewers.centerB, s.trainingClass.id, s.subjectA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClass(s.viewers.centerB, s.trainingClass.id)).rejects.toBeInstanceOf(NotFoundError);
    const before = await snapshot();
    await expect(saveGradeSheet(s.viewers.centerB, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 1]]))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveGradeSheet(s.viewers.centerB, sheetInput(s, s.subjectB.id, [[s.byName.an.id, 1]]))).rejects.toBeInstanceOf(NotFoundError);
    const state = await as(s.viewers.centerB, () =>
      saveGradeSheetAction({}, form({ classId: s.trainingClass.id, subjectId: s.subjectA.id, "rows.0.enrolmentId": s.byName.an.id, "rows.0.score": "1" })),
    );
    expect(state).toMatchObject({ message: "Không tìm thấy nội dung yêu cầu." });
    expect(await snapshot()).toBe(before);
  });

  it("does not let leadership or the board enter grades", async () => {
    await expect(saveGradeSheet(s.viewers.leadership, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 1]]))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveGradeSheet(s.viewers.board, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 1]]))).rejects.toBeInstanceOf(ForbiddenError);
    const view = await getGradeSheet(s.viewers.board, s.trainingClass.id, s.subjectA.id);
    expect(view.can).toEqual({ enter: false, finalize: false, correct: false });
  });
});

describe("finalizing and results", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario();
  });

  it("refuses to finalize while a learner has neither a score nor an absence, and only for leadership", async () => {
    await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 8], [s.byName.binh.id, 7]]));
    await expect(finalizeGradeSheet(s.viewers.centerA, { classId: s.trainingClass.id, subjectId: s.subjectA.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(finalizeGradeSheet(s.viewers.office, { classId: s.trainingClass.id, subjectId: s.subjectA.id })).rejects.toBeInstanceOf(ForbiddenError);
    const before = await snapshot();
    await expect(finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectA.id })).rejects.toMatchObject({
      messageKey: "training.grades.incomplete",
    });
    expect(await snapshot()).toBe(before);
  });

  it("finalizes: status, who and when, a lock event and an audit entry; no results while another subject is open", async () => {
    await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 8], [s.byName.binh.id, 7], [s.byName.duc.id, null, true]]));
    expect((await getGradeSheet(s.viewers.leadership, s.trainingClass.id, s.subjectA.id)).can).toEqual({ enter: false, finalize: true, correct: false });
    const outcome = await finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectA.id });
    expect(outcome.resultsComputed).toBeNull();
    const sheet = await prisma().gradeSheet.findUniqueOrThrow({ where: { classId_subjectId: { classId: s.trainingClass.id, subjectId: s.subjectA.id } }, include: { lockEvents: true } });
    expect(sheet).toMatchObject({ status: "FINALIZED", finalizedById: s.viewers.leadership.userId });
    expect(sheet.finalizedAt).toBeInstanceOf(Date);
    expect(sheet.lockEvents).toMatchObject([{ action: "FINALIZE", byUserId: s.viewers.leadership.userId }]);
    expect(await prisma().auditLog.findFirst({ where: { entity: "GradeSheet", entityId: sheet.id, action: "FINALIZE" } })).toMatchObject({
      changes: { status: { old: "DRAFT", new: "FINALIZED" } },
    });
    expect(await prisma().result.count({ where: { enrolment: { classId: s.trainingClass.id } } })).toBe(0);

    await expect(finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectA.id })).rejects.toMatchObject({
      messageKey: "training.grades.alreadyFinalized",
    });
  });

  it("refuses any save into a finalized sheet, even by the center that entered it", async () => {
    const before = await snapshot();
    await expect(saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 10]]))).rejects.toMatchObject({
      messageKey: "training.grades.finalizedNoEdit",
    });
    expect(await snapshot()).toBe(before);
    expect((await getGradeSheet(s.viewers.centerA, s.trainingClass.id, s.subjectA.id)).can.enter).toBe(false);
  });

  it("computes and stores every learner's result when the last counted subject is finalized (weight 0 not needed)", async () => {
    await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectB.id, [[s.byName.an.id, 8], [s.byName.binh.id, 7.98], [s.byName.duc.id, 9]]));
    const outcome = await finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectB.id });
    expect(outcome.resultsComputed).toBe(3);
    const results = await prisma().result.findMany({ where: { enrolment: { classId: s.trainingClass.id } } });
    const byEnrolment = new Map(results.map((r) => [r.enrolmentId, r]));
    // An: (8 + 8) / 2 = 8.00 → GIOI; Bình: (7 + 7.98) / 2 = 7.49 → KHA; Đức was absent in A → KHONG_DAT.
    expect(byEnrolment.get(s.byName.an.id)).toMatchObject({ classification: "GIOI", passed: true, ruleVersionId: s.trainingClass.ruleVersionId });
    expect(Number(byEnrolment.get(s.byName.an.id)?.finalScore)).toBe(8);
    expect(byEnrolment.get(s.byName.binh.id)).toMatchObject({ classification: "KHA", passed: true });
    expect(Number(byEnrolment.get(s.byName.binh.id)?.finalScore)).toBe(7.49);
    expect(byEnrolment.get(s.byName.duc.id)).toMatchObject({ classification: "KHONG_DAT", passed: false });
    expect(await prisma().auditLog.count({ where: { entity: "Result", entityId: { in: results.map((r) => r.id) }, action: "COMPUTE" } })).toBe(3);

    const detail = await getClass(s.viewers.centerA, s.trainingClass.id);
    expect(detail.enrolments.map((e) => [e.learner.fullName, e.result?.classification])).toEqual([
      ["Nguyễn Thị An", "GIOI"],
      ["Trần Văn Bình", "KHA"],
      ["Lê Văn Đức", "KHONG_DAT"],
    ]);
  });
});

describe("corrections after finalizing", () => {
  let s: Scenario;
  let gradeId: string;
  beforeAll(async () => {
    s = await scenario();
    await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectA.id, [[s.byName.an.id, 6], [s.byName.binh.id, 7], [s.byName.duc.id, 5]]));
    await saveGradeSheet(s.viewers.centerA, sheetInput(s, s.subjectB.id, [[s.byName.an.id, 9], [s.byName.binh.id, 7], [s.byName.duc.id, 5]]));
    await finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectA.id });
    await finalizeGradeSheet(s.viewers.leadership, { classId: s.trainingClass.id, subjectId: s.subjectB.id });
    gradeId = (await prisma().grade.findFirstOrThrow({ where: { enrolmentId: s.byName.an.id, sheet: { subjectId: s.subjectA.id } } })).id;
  });

  it("refuses a correction by anyone but school leadership, changing nothing", async () => {
    const before = await snapshot();
    for (const viewer of [s.viewers.centerA, s.viewers.office, s.viewers.lecturer, s.viewers.board, s.viewers.centerB]) {
      await expect(correctGrade(viewer, { gradeId, score: 10, absent: false, reason: "Chấm phúc khảo", decisionRef: null })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const state = await as(s.viewers.centerA, () => correctGradeAction({}, form({ gradeId, score: "10", reason: "Chấm phúc khảo" })));
    expect(state).toMatchObject({ message: "Bạn không có quyền thực hiện thao tác này." });
    expect(await snapshot()).toBe(before);
  });

  it("refuses leadership of another province's school ('not found')", async () => {
    const other = await makeProvince(prisma(), "Tỉnh Khác");
    const outsider = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", other.school.id);
    const before = await snapshot();
    await expect(correctGrade(outsider, { gradeId, score: 10, absent: false, reason: "Chấm phúc khảo", decisionRef: null })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toBe(before);
  });

  it("requires a reason, next to the field, and saves nothing without one", async () => {
    const before = await snapshot();
    const state = await as(s.viewers.leadership, () => correctGradeAction({}, form({ gradeId, score: "9,5", reason: "  " })));
    expect(state.fieldErrors).toEqual({ reason: "Vui lòng nhập trường này." });
    expect(state.values).toMatchObject({ score: "9,5" });
    expect(await snapshot()).toBe(before);
  });

  it("records the correction (old → new, reason, decision), updates the grade, logs it and recomputes the result", async () => {
    expect((await getGradeSheet(s.viewers.leadership, s.trainingClass.id, s.subjectA.id)).can).toEqual({ enter: false, finalize: false, correct: true });
    const resultBefore = await prisma().result.findUniqueOrThrow({ where: { enrolmentId: s.byName.an.id } });
    expect(resultBefore).toMatchObject({ classification: "KHA" }); // (6 + 9) / 2 = 7.5

    // On success the action shows the sheet again, at its corrections.
    await expect(
      as(s.viewers.leadership, () => correctGradeAction({}, form({ gradeId, score: "7,5", reason: "Chấm phúc khảo theo đơn của học viên", decisionRef: "QĐ 45/QĐ-TCT" }))),
    ).rejects.toThrow(`redirect /classes/${s.trainingClass.id}/grades/${s.subjectA.id}?done=corrected#corrections`);

    const correction = await prisma().gradeCorrection.findFirstOrThrow({ where: { gradeId } });
    expect(correction).toMatchObject({ reason: "Chấm phúc khảo theo đơn của học viên", decisionRef: "QĐ 45/QĐ-TCT", byUserId: s.viewers.leadership.userId });
    expect([Number(correction.oldScore), Number(correction.newScore)]).toEqual([6, 7.5]);
    expect(Number((await prisma().grade.findUniqueOrThrow({ where: { id: gradeId } })).score)).toBe(7.5);

    const gradeAudit = await prisma().auditLog.findFirstOrThrow({ where: { entity: "Grade", entityId: gradeId, action: "CORRECT" } });
    expect(gradeAudit).toMatchObject({ userId: s.viewers.leadership.userId, changes: { score: { old: 6, new: 7.5 } } });
    const correctionAudit = await prisma().auditLog.findFirstOrThrow({ where: { entity: "GradeCorrection", entityId: correction.id } });
    expect(correctionAudit.changes).toMatchObject({ oldScore: { old: null, new: 6 }, newScore: { old: null, new: 7.5 }, reason: { new: "Chấm phúc khảo theo đơn của học viên" } });

    // (7.5 + 9) / 2 = 8.25 → GIOI, recomputed in the same transaction.
    const resultAfter = await prisma().result.findUniqueOrThrow({ where: { enrolmentId: s.byName.an.id } });
    expect(resultAfter).toMatchObject({ classification: "GIOI", passed: true });
    expect(Number(resultAfter.finalScore)).toBe(8.25);
    expect(await prisma().auditLog.count({ where: { entity: "Result", entityId: resultAfter.id, action: "RECOMPUTE" } })).toBe(1);

    const view = await getGradeSheet(s.viewers.centerA, s.trainingClass.id, s.subjectA.id);
    expect(view.corrections).toMatchObject([{ learnerName: "Nguyễn Thị An", oldScore: 6, newScore: 7.5, reason: "Chấm phúc khảo theo đơn của học viên", decisionRef: "QĐ 45/QĐ-TCT" }]);
  });

  it("can mark a learner absent by correction, and refuses a correction that changes nothing", async () => {
    const duc = await prisma().grade.findFirstOrThrow({ where: { enrolmentId: s.byName.duc.id, sheet: { subjectId: s.subjectB.id } } });
    await correctGrade(s.viewers.leadership, { gradeId: duc.id, score: null, absent: true, reason: "Vắng thi có lý do, chấm nhầm", decisionRef: null });
    expect(await prisma().grade.findUniqueOrThrow({ where: { id: duc.id } })).toMatchObject({ score: null, absent: true });
    expect(await prisma().result.findUniqueOrThrow({ where: { enrolmentId: s.byName.duc.id } })).toMatchObject({ classification: "KHONG_DAT", passed: false });
    await expect(correctGrade(s.viewers.leadership, { gradeId: duc.id, score: null, absent: true, reason: "Lặp lại", decisionRef: null })).rejects.toMatchObject({
      fieldErrors: { score: "training.grades.correctionUnchanged" },
    });
  });

  it("refuses a correction of a sheet that is still open", async () => {
    const fresh = await scenario();
    await saveGradeSheet(fresh.viewers.centerA, sheetInput(fresh, fresh.subjectA.id, [[fresh.byName.an.id, 6]]));
    const grade = await prisma().grade.findFirstOrThrow({ where: { enrolmentId: fresh.byName.an.id } });
    await expect(correctGrade(fresh.viewers.leadership, { gradeId: grade.id, score: 7, absent: false, reason: "Không cần", decisionRef: null })).rejects.toMatchObject({
      messageKey: "training.grades.correctOnlyFinalized",
    });
    expect(await prisma().gradeCorrection.count({ where: { gradeId: grade.id } })).toBe(0);
  });
});
