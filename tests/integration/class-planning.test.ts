import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { addSession, assignLecturer, createClass, getClassManagement, removeAssignment, removeSession, transitionClass, updateClassPlanning } from "@/lib/data/class-planning";
import { addPlanLine, createPlan } from "@/lib/data/plans";
import { ClassPlanningSchema, SessionSchema } from "@/lib/validation/class-planning";
import { PlanLineSchema, PlanSchema } from "@/lib/validation/plans";
import { useTestDatabase } from "@/tests/support/database";
import { makeProgram, makeProvince, makeViewer } from "@/tests/support/factories";
import { as, form, session } from "@/tests/support/request-stubs";

vi.mock("@/lib/auth/session", () => import("@/tests/support/request-stubs").then((m) => m.sessionModule));
vi.mock("next/navigation", () => import("@/tests/support/request-stubs").then((m) => m.navigationModule));
vi.mock("next/cache", () => import("@/tests/support/request-stubs").then((m) => m.cacheModule));
vi.mock("@/lib/i18n/server", () => import("@/tests/support/request-stubs").then((m) => m.i18nServerModule));
const { createClassAction } = await import("@/app/(app)/classes/new/actions");
const { transitionClassAction, addSessionAction } = await import("@/app/(app)/classes/[id]/manage/actions");

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let program: Awaited<ReturnType<typeof makeProgram>>;
let office: Viewer;
let leadership: Viewer;
let centerA: Viewer;
let centerB: Viewer;
let otherSchool: Viewer;
let lecturerId: string;
let centerLecturerId: string;
let otherLecturerId: string;
let v1Id: string;
let v2Id: string;
let counter = 0;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Lớp Học");
  const other = await makeProvince(prisma(), "Tỉnh Láng Giềng");
  program = await makeProgram(prisma());
  await prisma().programHostingRule.createMany({
    data: [
      { programId: program.id, unitKind: "SCHOOL", mode: "CONCENTRATED" },
      { programId: program.id, unitKind: "CENTER", mode: "NON_CONCENTRATED" },
    ],
  });
  // Version 1 (from 2021) ends where version 2 (from 2027-09-01) begins.
  v1Id = program.ruleVersions[0].id;
  await prisma().ruleVersion.update({ where: { id: v1Id }, data: { effectiveTo: new Date("2027-09-01") } });
  const v2 = await prisma().ruleVersion.create({
    data: { programId: program.id, version: 2, name: "Quy chế 2027", effectiveFrom: new Date("2027-09-01"), eligibility: {}, classification: [] },
  });
  v2Id = v2.id;
  office = await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id);
  leadership = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
  centerA = await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id);
  centerB = await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id);
  otherSchool = await makeViewer(prisma(), "TRAINING_OFFICE", other.school.id);
  lecturerId = (await prisma().lecturer.create({ data: { unitId: units.faculty.id, fullName: "Phạm Anh Tuấn", sortKey: "tuan", kind: "FULL_TIME" } })).id;
  centerLecturerId = (await prisma().lecturer.create({ data: { unitId: units.centerA.id, fullName: "Vi Văn Thắng", sortKey: "thang", kind: "CONCURRENT" } })).id;
  otherLecturerId = (await prisma().lecturer.create({ data: { unitId: other.school.id, fullName: "Hoàng Văn Khác", sortKey: "khac", kind: "FULL_TIME" } })).id;
});

function classValues(over: Record<string, string> = {}): Record<string, string> {
  counter += 1;
  return {
    code: `TC-CL-${counter}-${process.pid}`,
    name: `Lớp Trung cấp lý luận chính trị – hành chính K${counter}`,
    programId: program.id,
    hostUnitId: units.centerA.id,
    mode: "NON_CONCENTRATED",
    location: "Hội trường Trung tâm",
    plannedSize: "80",
    startDate: "2028-03-02",
    endDate: "2029-08-30",
    fundingSource: "Ngân sách huyện",
    ...over,
  };
}
const classInput = (over: Record<string, string> = {}) => ClassPlanningSchema.parse(classValues(over));

describe("class planning", () => {
  it("creates a class from a plan line under the rule version in effect at its start, and freezes that version", async () => {
    const { id: planId } = await createPlan(office, PlanSchema.parse({ year: "2028", title: "Kế hoạch 2028" }));
    const { id: lineId } = await addPlanLine(
      office,
      PlanLineSchema.parse({ planId, programId: program.id, hostUnitId: units.centerA.id, mode: "NON_CONCENTRATED", plannedClasses: "1", plannedLearners: "80" }),
    );
    const { id } = await createClass(office, classInput({ planLineId: lineId }));
    const cls = await prisma().trainingClass.findUniqueOrThrow({ where: { id } });
    expect(cls).toMatchObject({ status: "PLANNED", planLineId: lineId, schoolUnitId: units.school.id, ruleVersionId: v2Id });
    expect((await prisma().ruleVersion.findUniqueOrThrow({ where: { id: v2Id } })).lockedAt).not.toBeNull();
    expect(await prisma().classStatusChange.count({ where: { classId: id, toStatus: "PLANNED" } })).toBe(1);

    const { id: earlier } = await createClass(office, classInput({ startDate: "2027-08-31", endDate: "2028-12-31" }));
    expect((await prisma().trainingClass.findUniqueOrThrow({ where: { id: earlier } })).ruleVersionId).toBe(v1Id);
  });

  it("refuses a duplicate code, a host the program may not use, an end before the start", async () => {
    const values = classValues();
    await createClass(office, ClassPlanningSchema.parse(values));
    const duplicate = await as(office, () => createClassAction({}, form(values)));
    expect(duplicate.fieldErrors?.code).toBe("Mã lớp này đã được dùng.");
    const hosting = await as(office, () => createClassAction({}, form(classValues({ mode: "CONCENTRATED" }))));
    expect(hosting.fieldErrors?.hostUnitId).toBe("Chương trình này không được mở tại đơn vị này theo hình thức đã chọn.");
    const dates = await as(office, () => createClassAction({}, form(classValues({ endDate: "2028-01-01" }))));
    expect(dates.fieldErrors?.endDate).toBe("Ngày kết thúc phải sau ngày bắt đầu.");
  });

  it("walks the lifecycle with its rules and a status change row for each step", async () => {
    const { id } = await createClass(office, classInput());
    await expect(transitionClass(office, { classId: id, to: "APPROVED", reason: null })).rejects.toBeInstanceOf(ForbiddenError);
    const skipped = await as(office, () => transitionClassAction({}, form({ classId: id, to: "IN_PROGRESS" })));
    expect(skipped.message).toBe("Không thể chuyển lớp sang trạng thái này từ trạng thái hiện tại.");
    await transitionClass(leadership, { classId: id, to: "APPROVED", reason: null });
    expect((await prisma().trainingClass.findUniqueOrThrow({ where: { id } })).approvedById).toBe(leadership.userId);
    await updateClassPlanning(office, id, classInput({ plannedSize: "75" }));
    await transitionClass(office, { classId: id, to: "ENROLLING", reason: null });
    await expect(updateClassPlanning(office, id, classInput())).rejects.toMatchObject({ messageKey: "plans.errors.planningLocked" });

    const noLecturer = await as(office, () => transitionClassAction({}, form({ classId: id, to: "IN_PROGRESS" })));
    expect(noLecturer.message).toBe("Chưa thể khai giảng: lớp chưa được phân công giảng viên nào.");
    await assignLecturer(office, { classId: id, subjectId: program.subjects[0].id, lecturerId });
    await transitionClass(office, { classId: id, to: "IN_PROGRESS", reason: null });
    expect((await prisma().trainingClass.findUniqueOrThrow({ where: { id } })).openedAt).not.toBeNull();

    const notFinal = await as(office, () => transitionClassAction({}, form({ classId: id, to: "FINISHED" })));
    expect(notFinal.message).toBe("Chưa thể bế giảng: còn học phần có bảng điểm chưa được khóa.");
    for (const subject of program.subjects) {
      await prisma().gradeSheet.create({ data: { classId: id, subjectId: subject.id, status: "FINALIZED", finalizedAt: new Date() } });
    }
    await transitionClass(office, { classId: id, to: "FINISHED", reason: null });
    const changes = await prisma().classStatusChange.findMany({ where: { classId: id }, orderBy: { at: "asc" } });
    expect(changes.map((c) => c.toStatus)).toEqual(["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS", "FINISHED"]);
    expect(await prisma().auditLog.count({ where: { entity: "TrainingClass", entityId: id, action: { startsWith: "STATUS_" } } })).toBe(4);
    await expect(assignLecturer(office, { classId: id, subjectId: program.subjects[1].id, lecturerId })).rejects.toMatchObject({ messageKey: "plans.errors.scheduleLocked" });
  });

  it("cancels only with a reason", async () => {
    const { id } = await createClass(office, classInput());
    const refused = await as(office, () => transitionClassAction({}, form({ classId: id, to: "CANCELLED", reason: "" })));
    expect(refused.fieldErrors?.reason).toBe("Vui lòng nhập lý do hủy lớp.");
    expect((await prisma().trainingClass.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");
    await transitionClass(office, { classId: id, to: "CANCELLED", reason: "Không đủ số học viên" });
    expect(await prisma().trainingClass.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelReason: "Không đủ số học viên" });
  });

  it("assigns lecturers of the school or the host center only, once per subject", async () => {
    const { id } = await createClass(office, classInput());
    const { id: assignment } = await assignLecturer(office, { classId: id, subjectId: program.subjects[0].id, lecturerId: centerLecturerId });
    await expect(assignLecturer(office, { classId: id, subjectId: program.subjects[0].id, lecturerId: centerLecturerId })).rejects.toMatchObject({ fieldErrors: { lecturerId: "plans.validation.alreadyAssigned" } });
    await expect(assignLecturer(office, { classId: id, subjectId: program.subjects[0].id, lecturerId: otherLecturerId })).rejects.toMatchObject({ fieldErrors: { lecturerId: "plans.validation.unknownLecturer" } });
    const management = await getClassManagement(office, id);
    expect(management.lecturers.map((l) => l.id).sort()).toEqual([lecturerId, centerLecturerId].sort());
    await removeAssignment(office, id, assignment);
    expect(await prisma().classSubjectAssignment.count({ where: { classId: id } })).toBe(0);
  });

  it("refuses a second session at the same date and part, and a double-booked lecturer", async () => {
    const { id: first } = await createClass(office, classInput());
    const { id: second } = await createClass(office, classInput());
    const session1 = SessionSchema.parse({ classId: first, date: "2028-03-02", part: "MORNING", subjectId: program.subjects[0].id, lecturerId, periods: "5", room: "P.201" });
    const { id: sessionId } = await addSession(office, session1);
    const sameSlot = await as(office, () => addSessionAction({}, form({ classId: first, date: "2028-03-02", part: "MORNING", subjectId: program.subjects[1].id, periods: "5" })));
    expect(sameSlot.fieldErrors?.date).toBe("Lớp đã có buổi học vào ngày và buổi này.");
    const busy = await as(office, () => addSessionAction({}, form({ classId: second, date: "2028-03-02", part: "MORNING", subjectId: program.subjects[0].id, lecturerId, periods: "4" })));
    expect(busy.fieldErrors?.lecturerId).toBe("Giảng viên đã có lịch dạy lớp khác vào ngày và buổi này.");
    await addSession(office, { ...session1, classId: second, part: "AFTERNOON" });
    await removeSession(office, first, sessionId);
    expect(await prisma().timetableSession.count({ where: { classId: first } })).toBe(0);
  });

  it("keeps center B and another province's school away from the school's classes", async () => {
    const { id } = await createClass(office, classInput());
    await expect(createClass(centerB, classInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getClassManagement(centerA, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getClassManagement(otherSchool, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionClass(otherSchool, { classId: id, to: "CANCELLED", reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignLecturer(otherSchool, { classId: id, subjectId: program.subjects[0].id, lecturerId: otherLecturerId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateClassPlanning(otherSchool, id, classInput())).rejects.toBeInstanceOf(NotFoundError);
    // Another school cannot place a class at this province's center either.
    await expect(createClass(otherSchool, classInput())).rejects.toMatchObject({ fieldErrors: { hostUnitId: "validation.unknownUnit" } });
    expect((await prisma().trainingClass.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNED");
  });
});
