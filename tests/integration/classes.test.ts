import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { getClass, getClassFilterOptions, listClasses } from "@/lib/data/classes";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeLearner, makeProgram, makeProvince, makeUser, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let other: Awaited<ReturnType<typeof makeProvince>>;
let viewers: Record<"centerA" | "centerB" | "office" | "lecturer" | "board" | "admin" | "otherSchool", Viewer>;
let atA: Awaited<ReturnType<typeof makeClass>>;
let atB: Awaited<ReturnType<typeof makeClass>>;

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Lớp Học");
  other = await makeProvince(prisma(), "Tỉnh Khác");
  atA = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
  atB = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerB.id });
  await prisma().trainingClass.update({ where: { id: atB.trainingClass.id }, data: { status: "FINISHED", startDate: new Date("2025-02-01"), endDate: new Date("2025-12-20") } });
  await prisma().trainingClass.update({ where: { id: atA.trainingClass.id }, data: { startDate: new Date("2025-09-01"), endDate: new Date("2027-03-01"), location: "Hội trường Trung tâm" } });
  viewers = {
    centerA: await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id),
    centerB: await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id),
    office: await makeViewer(prisma(), "TRAINING_OFFICE", units.school.id),
    lecturer: await makeViewer(prisma(), "LECTURER", units.faculty.id),
    board: await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id),
    admin: await makeViewer(prisma(), "ADMIN", units.province.id),
    otherSchool: await makeViewer(prisma(), "TRAINING_OFFICE", other.school.id),
  };
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("class list", () => {
  it("shows each viewer the classes of its scope only", async () => {
    const both = ids([atA.trainingClass, atB.trainingClass]);
    expect(ids((await listClasses(viewers.centerA)).rows)).toEqual([atA.trainingClass.id]);
    expect(ids((await listClasses(viewers.centerB)).rows)).toEqual([atB.trainingClass.id]);
    expect(ids((await listClasses(viewers.office)).rows)).toEqual(both);
    expect(ids((await listClasses(viewers.lecturer)).rows)).toEqual(both);
    expect(ids((await listClasses(viewers.board)).rows)).toEqual(both);
    expect((await listClasses(viewers.otherSchool)).rows).toEqual([]);
    await expect(listClasses(viewers.admin)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("filters by status, program, host and year (a class spanning years counts in each)", async () => {
    expect(ids((await listClasses(viewers.office, { status: "FINISHED" })).rows)).toEqual([atB.trainingClass.id]);
    expect(ids((await listClasses(viewers.office, { programId: atA.program.id })).rows)).toEqual([atA.trainingClass.id]);
    expect(ids((await listClasses(viewers.office, { hostUnitId: units.centerB.id })).rows)).toEqual([atB.trainingClass.id]);
    expect(ids((await listClasses(viewers.office, { year: 2026 })).rows)).toEqual([atA.trainingClass.id]);
    expect(ids((await listClasses(viewers.office, { year: 2025 })).rows)).toEqual(ids([atA.trainingClass, atB.trainingClass]));
    expect((await listClasses(viewers.office, { year: 2024 })).rows).toEqual([]);
    // A filter never widens the scope.
    expect((await listClasses(viewers.centerA, { hostUnitId: units.centerB.id })).rows).toEqual([]);
  });

  it("offers filter choices from the viewer's classes only", async () => {
    const options = await getClassFilterOptions(viewers.centerA);
    expect(options.hosts.map((h) => h.id)).toEqual([units.centerA.id]);
    expect(options.programs.map((p) => p.id)).toEqual([atA.program.id]);
    expect(options.years).toEqual([2027, 2026, 2025]);
    expect((await getClassFilterOptions(viewers.centerB)).years).toEqual([2025]);
    const office = await getClassFilterOptions(viewers.office);
    expect(office.hosts.map((h) => h.id).sort()).toEqual([units.centerA.id, units.centerB.id].sort());
    expect(office.years).toEqual([2027, 2026, 2025]);
  });
});

describe("class detail", () => {
  it("shows program, rule version, host, enrolled vs planned, status history, lecturers, sheets and learners in Vietnamese order", async () => {
    const { trainingClass, program } = atA;
    for (const name of ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức"]) {
      const learner = await makeLearner(prisma(), units.centerA.id, name);
      await prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: learner.id } });
    }
    const withdrawn = await makeLearner(prisma(), units.centerA.id, "Vi Văn Thôi");
    await prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: withdrawn.id, status: "WITHDRAWN" } });
    const lecturerUser = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id });
    const lecturer = await prisma().lecturer.create({ data: { unitId: units.faculty.id, userId: lecturerUser.id, fullName: "Phạm Anh Tuấn", sortKey: "tuan", kind: "FULL_TIME" } });
    await prisma().classSubjectAssignment.create({ data: { classId: trainingClass.id, subjectId: program.subjects[0].id, lecturerId: lecturer.id } });
    await prisma().classStatusChange.create({ data: { classId: trainingClass.id, fromStatus: "ENROLLING", toStatus: "IN_PROGRESS", byUserId: viewers.office.userId, reason: "Khai giảng" } });
    await prisma().gradeSheet.create({ data: { classId: trainingClass.id, subjectId: program.subjects[1].id, status: "DRAFT" } });

    const detail = await getClass(viewers.centerA, trainingClass.id);
    expect(detail).toMatchObject({
      code: trainingClass.code,
      location: "Hội trường Trung tâm",
      plannedSize: 80,
      enrolledCount: 3,
      program: { id: program.id },
      ruleVersion: { name: "Quy chế 2021", passMark: 5 },
      host: { id: units.centerA.id },
      school: { id: units.school.id },
      statusChanges: [{ fromStatus: "ENROLLING", toStatus: "IN_PROGRESS", reason: "Khai giảng" }],
    });
    expect(detail.enrolments.map((e) => e.learner.fullName)).toEqual(["Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Đức", "Vi Văn Thôi"]);
    expect(detail.subjects.map((s) => [s.code, s.lecturers.map((l) => l.fullName), s.sheet?.status ?? null])).toEqual([
      ["HP1", ["Phạm Anh Tuấn"], null],
      ["HP2", [], "DRAFT"],
    ]);
  });

  it("is 'not found' for center B, another province's school and a missing id; forbidden for a role without classes.read", async () => {
    await expect(getClass(viewers.centerB, atA.trainingClass.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClass(viewers.otherSchool, atA.trainingClass.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClass(viewers.centerA, "khong-co-lop-nay")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClass(viewers.admin, atA.trainingClass.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getClass(viewers.board, atA.trainingClass.id)).id).toBe(atA.trainingClass.id);
  });

  it("keeps the class's own program's subjects apart from another program's", async () => {
    const otherProgram = await makeProgram(prisma());
    const detail = await getClass(viewers.office, atA.trainingClass.id);
    expect(detail.subjects.every((s) => !otherProgram.subjects.some((o) => o.id === s.id))).toBe(true);
  });
});
