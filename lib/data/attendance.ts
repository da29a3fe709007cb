import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttendanceStatus, ClassStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requirePermission } from "@/lib/auth/permissions";
import { attendanceSessionScope, classScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { AttendanceInput } from "@/lib/validation/attendance";
import { recordAudit } from "./audit";
import { ACTIVE_ENROLMENT } from "./classes";
import { DomainValidationError, NotFoundError } from "./errors";

/** Attendance is taken while a class runs, and may be completed after it closes. */
const ATTENDANCE_CLASS_STATUSES: ClassStatus[] = ["IN_PROGRESS", "FINISHED"];

/** Late still counts as attending (chuyên cần); absences, excused or not, do not. */
const ATTENDED: AttendanceStatus[] = ["PRESENT", "LATE"];

/** Which class a viewer may take attendance in: its unit's classes, or for a lecturer those with a session they teach. */
function attendanceClassScope(viewer: Viewer): Prisma.TrainingClassWhereInput {
  return { OR: [classScope(viewer, "write"), { sessions: { some: attendanceSessionScope(viewer, "write") } }] };
}

/**
 * A class's attendance page: its sessions the viewer may take attendance of, the chosen session (the last
 * one up to today by default) with one row per enrolled learner in Vietnamese name order, and each learner's
 * attendance over the sessions already taken, flagged below the rule version's minimum.
 */
export async function getAttendanceSheet(viewer: Viewer, classId: string, sessionId?: string) {
  requirePermission(viewer, "attendance.write");
  const trainingClass = await db.trainingClass.findFirst({
    where: { id: classId, ...attendanceClassScope(viewer) },
    select: { id: true, code: true, name: true, status: true, host: { select: { name: true } }, ruleVersion: { select: { minAttendancePct: true } } },
  });
  if (!trainingClass) throw new NotFoundError("TrainingClass");
  const sessionWhere = { classId, ...attendanceSessionScope(viewer, "write") } satisfies Prisma.TimetableSessionWhereInput;
  const sessions = await db.timetableSession.findMany({
    where: sessionWhere,
    orderBy: [{ date: "asc" }, { part: "asc" }],
    select: { id: true, date: true, part: true, periods: true, topic: true, subject: { select: { name: true } }, lecturer: { select: { fullName: true } }, _count: { select: { attendance: true } } },
  });
  const today = new Date().toISOString().slice(0, 10);
  const selected =
    (sessionId ? sessions.find((s) => s.id === sessionId) : undefined) ??
    (sessionId ? undefined : ([...sessions].reverse().find((s) => s.date.toISOString().slice(0, 10) <= today) ?? sessions[0]));
  if (sessionId && !selected) throw new NotFoundError("TimetableSession");

  const taken = sessions.filter((s) => s._count.attendance > 0).map((s) => s.id);
  const enrolments = await db.enrolment.findMany({
    where: { classId, ...ACTIVE_ENROLMENT },
    orderBy: [{ learner: { sortKey: "asc" } }, { learner: { birthDate: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      learner: { select: { id: true, fullName: true, birthDate: true } },
      attendance: { where: { sessionId: { in: taken } }, select: { sessionId: true, status: true, note: true } },
    },
  });
  const minPct = trainingClass.ruleVersion.minAttendancePct;
  const rows = enrolments.map((e) => {
    const record = selected ? e.attendance.find((a) => a.sessionId === selected.id) : undefined;
    const attended = e.attendance.filter((a) => ATTENDED.includes(a.status)).length;
    const pct = taken.length > 0 ? Math.round((attended / taken.length) * 1000) / 10 : null;
    return {
      enrolmentId: e.id,
      learner: e.learner,
      status: record?.status ?? null,
      note: record?.note ?? null,
      summary: { attended, taken: taken.length, pct, belowMinimum: pct !== null && pct < minPct },
    };
  });
  return {
    trainingClass: { id: trainingClass.id, code: trainingClass.code, name: trainingClass.name, status: trainingClass.status, hostName: trainingClass.host.name },
    minAttendancePct: minPct,
    sessions: sessions.map((s) => ({ id: s.id, date: s.date, part: s.part, periods: s.periods, topic: s.topic, subjectName: s.subject?.name ?? null, lecturerName: s.lecturer?.fullName ?? null, taken: s._count.attendance > 0 })),
    session: selected ? { id: selected.id, date: selected.date, part: selected.part, topic: selected.topic, subjectName: selected.subject?.name ?? null } : null,
    rows,
    canSave: ATTENDANCE_CLASS_STATUSES.includes(trainingClass.status),
  };
}

export type AttendanceSheetView = Awaited<ReturnType<typeof getAttendanceSheet>>;

/** Saves one session's attendance whole, in one transaction: every row must be an enrolment of the class. */
export async function saveAttendance(viewer: Viewer, input: AttendanceInput): Promise<{ changed: number }> {
  requirePermission(viewer, "attendance.write");
  return db.$transaction(
    async (tx) => {
      const session = await tx.timetableSession.findFirst({
        where: { id: input.sessionId, classId: input.classId, ...attendanceSessionScope(viewer, "write") },
        select: { id: true, classId: true, trainingClass: { select: { status: true } } },
      });
      if (!session) throw new NotFoundError("TimetableSession");
      if (!ATTENDANCE_CLASS_STATUSES.includes(session.trainingClass.status)) throw new DomainValidationError({}, "enrolment.attendance.classNotRunning");

      const enrolled = new Set((await tx.enrolment.findMany({ where: { classId: session.classId, ...ACTIVE_ENROLMENT }, select: { id: true } })).map((e) => e.id));
      const seen = new Set<string>();
      const rowErrors: Record<string, "enrolment.attendance.unknownLearner" | "enrolment.attendance.duplicateRow"> = {};
      input.rows.forEach((row, index) => {
        if (!enrolled.has(row.enrolmentId)) rowErrors[`rows.${index}.status`] = "enrolment.attendance.unknownLearner";
        else if (seen.has(row.enrolmentId)) rowErrors[`rows.${index}.status`] = "enrolment.attendance.duplicateRow";
        seen.add(row.enrolmentId);
      });
      if (Object.keys(rowErrors).length > 0) throw new DomainValidationError(rowErrors);

      const existing = new Map(
        (await tx.attendanceRecord.findMany({ where: { sessionId: session.id }, select: { id: true, enrolmentId: true, status: true, note: true } })).map((r) => [r.enrolmentId, r]),
      );
      let changed = 0;
      for (const row of input.rows) {
        const before = existing.get(row.enrolmentId);
        if (before && before.status === row.status && before.note === row.note) continue;
        const after = await tx.attendanceRecord.upsert({
          where: { enrolmentId_sessionId: { enrolmentId: row.enrolmentId, sessionId: session.id } },
          create: { enrolmentId: row.enrolmentId, sessionId: session.id, status: row.status, note: row.note },
          update: { status: row.status, note: row.note },
        });
        await recordAudit(tx, viewer, {
          entity: "AttendanceRecord",
          entityId: after.id,
          action: before ? "UPDATE" : "CREATE",
          before: before ? { status: before.status, note: before.note } : null,
          after: { enrolmentId: row.enrolmentId, sessionId: session.id, status: after.status, note: after.note },
        });
        changed += 1;
      }
      return { changed };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
