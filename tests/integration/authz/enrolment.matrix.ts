import { saveAttendanceAction } from "@/app/(app)/classes/[id]/attendance/actions";
import { enrolLearnersAction, withdrawEnrolmentAction } from "@/app/(app)/classes/[id]/enrolments/actions";
import { commitImportAction, previewImportAction } from "@/app/(app)/learners/import/actions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getAttendanceSheet, saveAttendance } from "@/lib/data/attendance";
import { enrolLearners, getClassEnrolments, listEnrollableClasses, withdrawEnrolment } from "@/lib/data/enrolments";
import { importLearners, previewLearnerImport, type ImportPreview } from "@/lib/data/learner-import";
import { IMPORT_COLUMNS, IMPORT_HEADERS } from "@/lib/domain/learner-import";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { citizenId } from "@/tests/support/factories";
import type { MatrixEntry, MatrixExemption } from "./types";
import type { ViewerKey, World } from "./world";

// Enrolment, the learners import and attendance, on the world's rows (tests/integration/authz/world.ts): a
// class of the school held at center A (in progress, no entry conditions), a learner of center A in it, and
// a lecturer who teaches its first subject. Center B and the other province's school reach for them by id.

/** Who may enrol into and withdraw from the world's class: the school that runs it and the host center. */
const enrollers: ViewerKey[] = ["leadership", "office", "centerA"];
/** Who may see the world's learner (registered at center A) in an import's dry run. */
const learnerSeers: ViewerKey[] = ["leadership", "office", "centerA"];
/** Everyone who registers learners at their own unit. */
const registrars: ViewerKey[] = ["leadership", "office", "centerA", "centerB", "otherProvinceSchool"];
/** Who takes attendance of the world's session: the host center, the school's office, the lecturer who teaches it. */
const attendanceTakers: ViewerKey[] = ["office", "lecturer", "centerA"];

function form(values: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else data.set(key, value);
  }
  return data;
}

/**
 * A learner of center A who is not in the world's class, for one call. Refused calls must leave the
 * database as it was, so the learner is removed again unless the call enrolled them.
 */
async function withSpareLearner<T>(world: World, enrol: boolean, run: (learner: { id: string; enrolmentId: string | null }) => Promise<T>): Promise<T> {
  const fullName = "Lăng Văn Dự";
  const learner = await world.prisma.learner.create({
    data: { citizenId: citizenId(), fullName, sortKey: nameSortKey(fullName), birthDate: new Date("1985-04-10"), gender: "MALE", homeUnitId: world.units.centerA.id },
  });
  const enrolment = enrol ? await world.prisma.enrolment.create({ data: { classId: world.trainingClass.id, learnerId: learner.id } }) : null;
  try {
    return await run({ id: learner.id, enrolmentId: enrolment?.id ?? null });
  } finally {
    const kept = await world.prisma.enrolment.findFirst({ where: { learnerId: learner.id, ...(enrolment ? { status: { not: "ENROLLED" } } : {}) } });
    if (!kept) {
      await world.prisma.enrolment.deleteMany({ where: { learnerId: learner.id } });
      await world.prisma.learner.delete({ where: { id: learner.id } });
    }
  }
}

const header = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]);
function importRow(cccd: string, fullName = "Chu Thị Nhập"): string[] {
  return [fullName, cccd, "12/06/1986", "Nữ", "Tày", "Chính thức", "Cán bộ", "UBND xã Mai Sao", "Đại học", "Sơ cấp", "", ""];
}
const csv = (rows: string[][]) => "\uFEFF" + rows.map((r) => r.join(";")).join("\r\n");

/**
 * A timetable session of the world's class taught by its lecturer, for one call. Refused calls must leave
 * the database as it was, so the session goes again afterwards (with any attendance taken in it).
 */
async function withSession<T>(world: World, run: (sessionId: string) => Promise<T>): Promise<T> {
  const session = await world.prisma.timetableSession.create({
    data: { classId: world.trainingClass.id, subjectId: world.program.subjects[0].id, lecturerId: world.lecturer.id, date: new Date("2026-03-02"), part: "MORNING", periods: 5 },
  });
  try {
    return await run(session.id);
  } finally {
    await world.prisma.timetableSession.delete({ where: { id: session.id } });
  }
}

const registeredRow = (preview: ImportPreview | undefined, world: World) => preview?.rows[0]?.status === "registered" && preview.rows[0].existing?.id === world.learner.id;

export const entries: MatrixEntry[] = [
  // ── Enrolment ──
  {
    name: "lib/data/enrolments.ts#getClassEnrolments",
    kind: "read",
    allowed: enrollers,
    call: (world, viewer) => getClassEnrolments(viewer, world.trainingClass.id, { q: "nong van hai" }),
  },
  {
    name: "lib/data/enrolments.ts#listEnrollableClasses",
    kind: "read",
    allowed: enrollers,
    call: (_world, viewer) => listEnrollableClasses(viewer),
    succeeded: (result, world) => (result as { id: string }[]).some((c) => c.id === world.trainingClass.id),
  },
  {
    name: "lib/data/enrolments.ts#enrolLearners",
    kind: "write",
    allowed: enrollers,
    call: (world, viewer) =>
      withSpareLearner(world, false, (learner) => enrolLearners(viewer, { classId: world.trainingClass.id, learnerIds: [learner.id], overrideReason: null, confirmOverCapacity: false })),
    succeeded: (result) => (result as Awaited<ReturnType<typeof enrolLearners>>).enrolled.length === 1,
  },
  {
    name: "app/(app)/classes/[id]/enrolments/actions.ts#enrolLearnersAction",
    kind: "write",
    allowed: enrollers,
    call: (world) => withSpareLearner(world, false, (learner) => enrolLearnersAction({}, form({ classId: world.trainingClass.id, learnerIds: [learner.id] }))),
  },
  {
    name: "lib/data/enrolments.ts#withdrawEnrolment",
    kind: "write",
    allowed: enrollers,
    call: (world, viewer) => withSpareLearner(world, true, (learner) => withdrawEnrolment(viewer, { enrolmentId: learner.enrolmentId!, note: "Chuyển công tác" })),
  },
  {
    name: "app/(app)/classes/[id]/enrolments/actions.ts#withdrawEnrolmentAction",
    kind: "write",
    allowed: enrollers,
    call: (world) => withSpareLearner(world, true, (learner) => withdrawEnrolmentAction({}, form({ enrolmentId: learner.enrolmentId!, note: "Chuyển công tác" }))),
  },
  // ── Import ──
  {
    // Another unit's learner shows as "registered elsewhere", never by name: only those who may see them get "registered".
    name: "lib/data/learner-import.ts#previewLearnerImport",
    kind: "read",
    allowed: learnerSeers,
    call: (world, viewer) => previewLearnerImport(viewer, [header, importRow(world.learner.citizenId, "Nông Văn Hải")]),
    succeeded: (result, world) => registeredRow(result as ImportPreview, world),
  },
  {
    name: "app/(app)/learners/import/actions.ts#previewImportAction",
    kind: "read",
    allowed: learnerSeers,
    call: (world) => previewImportAction({}, form({ file: new File([csv([header, importRow(world.learner.citizenId, "Nông Văn Hải")])], "ds.csv", { type: "text/csv" }) })),
    succeeded: (result, world) => {
      const row = (result as Awaited<ReturnType<typeof previewImportAction>>).preview?.rows[0];
      return row?.status === "registered" && row.existing?.id === world.learner.id;
    },
  },
  {
    name: "lib/data/learner-import.ts#importLearners",
    kind: "write",
    allowed: registrars,
    call: (_world, viewer) => importLearners(viewer, [header, importRow(citizenId())], { classId: null, confirmOverCapacity: false }),
    succeeded: (result) => (result as Awaited<ReturnType<typeof importLearners>>).created === 1,
  },
  {
    // With a class: only who may enrol into it; center B's import into center A's class saves nothing at all.
    name: "lib/data/learner-import.ts#importLearners",
    kind: "write",
    allowed: enrollers,
    call: (world, viewer) => importLearners(viewer, [header, importRow(citizenId())], { classId: world.trainingClass.id, confirmOverCapacity: false }),
    succeeded: (result) => (result as Awaited<ReturnType<typeof importLearners>>).enrolment?.enrolled.length === 1,
  },
  {
    name: "app/(app)/learners/import/actions.ts#commitImportAction",
    kind: "write",
    allowed: registrars,
    call: () => commitImportAction({}, form({ cells: JSON.stringify([header, importRow(citizenId())]) })),
  },
  {
    name: "app/(app)/learners/import/actions.ts#commitImportAction",
    kind: "write",
    allowed: enrollers,
    call: (world) => commitImportAction({}, form({ cells: JSON.stringify([header, importRow(citizenId())]), classId: world.trainingClass.id })),
  },
  // ── Attendance ──
  {
    name: "lib/data/attendance.ts#getAttendanceSheet",
    kind: "read",
    allowed: attendanceTakers,
    call: (world, viewer) => withSession(world, (sessionId) => getAttendanceSheet(viewer, world.trainingClass.id, sessionId)),
    succeeded: (result, world) => (result as Awaited<ReturnType<typeof getAttendanceSheet>>).rows.some((r) => r.enrolmentId === world.enrolment.id),
  },
  {
    name: "lib/data/attendance.ts#saveAttendance",
    kind: "write",
    allowed: attendanceTakers,
    call: (world, viewer: Viewer) =>
      withSession(world, (sessionId) => saveAttendance(viewer, { classId: world.trainingClass.id, sessionId, rows: [{ enrolmentId: world.enrolment.id, status: "LATE", note: viewer.username }] })),
  },
  {
    name: "app/(app)/classes/[id]/attendance/actions.ts#saveAttendanceAction",
    kind: "write",
    allowed: attendanceTakers,
    call: (world, viewer) =>
      withSession(world, (sessionId) =>
        saveAttendanceAction({}, form({ classId: world.trainingClass.id, sessionId, "rows.0.enrolmentId": world.enrolment.id, "rows.0.status": "ABSENT_EXCUSED", "rows.0.note": viewer.username })),
      ),
  },
];

export const exemptions: MatrixExemption[] = [
  { name: "lib/data/enrolments.ts#enrolInTransaction", reason: "Runs inside enrolLearners' and importLearners' transactions, whose rows cover it; it checks the class and learner scopes itself." },
];
