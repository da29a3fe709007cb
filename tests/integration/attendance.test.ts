import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getAttendanceSheet, saveAttendance } from "@/lib/data/attendance";
import { DomainValidationError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { useTestDatabase } from "@/tests/support/database";
import { citizenId, makeClass, makeProvince, makeUser, makeViewer } from "@/tests/support/factories";
import { loadViewer } from "@/lib/data/auth";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

let units: Awaited<ReturnType<typeof makeProvince>>;
let centerA: Viewer;
let centerB: Viewer;
let lecturerViewer: Viewer;
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const { trainingClass, program } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
  const user = await makeUser(prisma(), { role: "LECTURER", unitId: units.faculty.id, fullName: "Phạm Văn Giảng" });
  const mine = await prisma().lecturer.create({ data: { unitId: units.faculty.id, userId: user.id, fullName: "Phạm Văn Giảng", sortKey: "giang", kind: "FULL_TIME" } });
  const other = await prisma().lecturer.create({ data: { unitId: units.faculty.id, fullName: "Lê Thị Khác", sortKey: "khac", kind: "FULL_TIME" } });
  const [s1, s2, s3] = await Promise.all(
    [
      { date: "2026-03-02", lecturerId: mine.id },
      { date: "2026-03-03", lecturerId: mine.id },
      { date: "2026-03-04", lecturerId: other.id },
    ].map((s) =>
      prisma().timetableSession.create({
        data: { classId: trainingClass.id, subjectId: program.subjects[0].id, lecturerId: s.lecturerId, date: new Date(s.date), part: "MORNING", periods: 5 },
      }),
    ),
  );
  const learners = await Promise.all(
    ["Trần Văn Bình", "Nguyễn Thị An", "Đỗ Văn Thôi"].map((fullName) =>
      prisma().learner.create({ data: { citizenId: citizenId(), fullName, sortKey: nameSortKey(fullName), birthDate: new Date("1985-01-01"), gender: "MALE", homeUnitId: units.centerA.id } }),
    ),
  );
  const enrolments = await Promise.all(
    learners.map((l, i) => prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: l.id, status: i === 2 ? "WITHDRAWN" : "ENROLLED" } })),
  );
  lecturerViewer = (await loadViewer(user.id))!;
  return { trainingClass, sessions: [s1, s2, s3], enrolments };
}

beforeAll(async () => {
  units = await makeProvince(prisma(), "Tỉnh Điểm Danh");
  centerA = await makeViewer(prisma(), "CENTER_STAFF", units.centerA.id);
  centerB = await makeViewer(prisma(), "CENTER_STAFF", units.centerB.id);
  world = await makeWorld();
});

const [binh, an, withdrawn] = [0, 1, 2];

describe("attendance", () => {
  it("saves a whole session in one audited transaction, then only what changed", async () => {
    const input = {
      classId: world.trainingClass.id,
      sessionId: world.sessions[0].id,
      rows: [
        { enrolmentId: world.enrolments[binh].id, status: "PRESENT" as const, note: null },
        { enrolmentId: world.enrolments[an].id, status: "ABSENT_EXCUSED" as const, note: "Ốm, có giấy" },
      ],
    };
    expect(await saveAttendance(centerA, input)).toEqual({ changed: 2 });
    expect(await prisma().attendanceRecord.count({ where: { sessionId: world.sessions[0].id } })).toBe(2);
    expect(await prisma().auditLog.count({ where: { entity: "AttendanceRecord", action: "CREATE", userId: centerA.userId } })).toBe(2);
    const changed = { ...input, rows: [input.rows[0], { ...input.rows[1], status: "LATE" as const }] };
    expect(await saveAttendance(centerA, changed)).toEqual({ changed: 1 });
    expect(await prisma().auditLog.count({ where: { entity: "AttendanceRecord", action: "UPDATE" } })).toBe(1);
  });

  it("refuses the whole session when a row is not an enrolled learner of the class", async () => {
    const before = await prisma().attendanceRecord.count();
    const error = await saveAttendance(centerA, {
      classId: world.trainingClass.id,
      sessionId: world.sessions[1].id,
      rows: [
        { enrolmentId: world.enrolments[binh].id, status: "PRESENT", note: null },
        { enrolmentId: world.enrolments[withdrawn].id, status: "PRESENT", note: null },
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors).toEqual({ "rows.1.status": "enrolment.attendance.unknownLearner" });
    expect(await prisma().attendanceRecord.count()).toBe(before);
  });

  it("summarises each learner over the sessions taken, flagged below the rule version's minimum", async () => {
    await saveAttendance(centerA, {
      classId: world.trainingClass.id,
      sessionId: world.sessions[1].id,
      rows: [
        { enrolmentId: world.enrolments[binh].id, status: "PRESENT", note: null },
        { enrolmentId: world.enrolments[an].id, status: "ABSENT_UNEXCUSED", note: null },
      ],
    });
    const view = await getAttendanceSheet(centerA, world.trainingClass.id, world.sessions[1].id);
    expect(view.minAttendancePct).toBe(80);
    expect(view.rows.map((r) => [r.learner.fullName, r.status, r.summary])).toEqual([
      ["Nguyễn Thị An", "ABSENT_UNEXCUSED", { attended: 1, taken: 2, pct: 50, belowMinimum: true }],
      ["Trần Văn Bình", "PRESENT", { attended: 2, taken: 2, pct: 100, belowMinimum: false }],
    ]);
    expect(view.sessions.map((s) => s.taken)).toEqual([true, true, false]);
  });

  it("a lecturer sees and takes only the sessions they teach", async () => {
    const view = await getAttendanceSheet(lecturerViewer, world.trainingClass.id);
    expect(view.sessions.map((s) => s.id)).toEqual([world.sessions[0].id, world.sessions[1].id]);
    const row = { enrolmentId: world.enrolments[binh].id, status: "LATE" as const, note: null };
    expect(await saveAttendance(lecturerViewer, { classId: world.trainingClass.id, sessionId: world.sessions[1].id, rows: [row] })).toEqual({ changed: 1 });
    await expect(saveAttendance(lecturerViewer, { classId: world.trainingClass.id, sessionId: world.sessions[2].id, rows: [row] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttendanceSheet(lecturerViewer, world.trainingClass.id, world.sessions[2].id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("center B can neither see nor take the attendance of center A's class", async () => {
    const before = await prisma().attendanceRecord.findMany({ orderBy: { id: "asc" } });
    await expect(getAttendanceSheet(centerB, world.trainingClass.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveAttendance(centerB, { classId: world.trainingClass.id, sessionId: world.sessions[2].id, rows: [{ enrolmentId: world.enrolments[binh].id, status: "ABSENT_UNEXCUSED", note: null }] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().attendanceRecord.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    const leadership = await makeViewer(prisma(), "SCHOOL_LEADERSHIP", units.school.id);
    await expect(getAttendanceSheet(leadership, world.trainingClass.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("takes attendance only while the class runs or after it closed", async () => {
    await prisma().trainingClass.update({ where: { id: world.trainingClass.id }, data: { status: "ENROLLING" } });
    try {
      await expect(
        saveAttendance(centerA, { classId: world.trainingClass.id, sessionId: world.sessions[2].id, rows: [{ enrolmentId: world.enrolments[binh].id, status: "PRESENT", note: null }] }),
      ).rejects.toBeInstanceOf(DomainValidationError);
      expect((await getAttendanceSheet(centerA, world.trainingClass.id)).canSave).toBe(false);
    } finally {
      await prisma().trainingClass.update({ where: { id: world.trainingClass.id }, data: { status: "IN_PROGRESS" } });
    }
  });
});
