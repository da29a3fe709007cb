import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { classScope, planScope } from "@/lib/auth/scope";
import { constraintViolation } from "@/lib/db/errors";
import { db } from "@/lib/db";
import { checkTransition, isPlanningEditable, isScheduleEditable, nextStatuses, ruleVersionOn } from "@/lib/domain/class-lifecycle";
import type { MessageKey } from "@/lib/i18n";
import type { AssignmentInput, ClassPlanningInput, ClassTransitionInput, SessionInput } from "@/lib/validation/class-planning";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";
import { assertHostingAllowed, hostUnitWhere } from "./plans";

type Tx = Prisma.TransactionClient;

// ───────────────────────────── Reads ─────────────────────────────

/** The choices of the class planning form, and the plan line it starts from when one is named. */
export async function getClassFormOptions(viewer: Viewer, planLineId?: string) {
  requirePermission(viewer, "classes.write");
  if (!viewer.schoolId) throw new NotFoundError("Unit");
  const [programs, hosts, line] = await Promise.all([
    db.program.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.unit.findMany({ where: hostUnitWhere(viewer), orderBy: [{ kind: "desc" }, { name: "asc" }], select: { id: true, name: true } }),
    planLineId ? ownPlanLine(db, viewer, planLineId) : null,
  ]);
  if (planLineId && !line) throw new NotFoundError("PlanLine");
  return { programs, hosts, line };
}

function ownPlanLine(client: Tx | typeof db, viewer: Viewer, id: string) {
  return client.planLine.findFirst({
    where: { id, plan: { ...planScope(viewer, "read"), schoolUnitId: viewer.schoolId ?? "" } },
    select: { id: true, programId: true, hostUnitId: true, mode: true, fundingSource: true, plannedLearners: true, plannedClasses: true, plan: { select: { id: true, year: true, title: true } }, program: { select: { name: true } }, host: { select: { name: true } } },
  });
}

/** Units whose lecturers may teach a class: the school, its faculties and offices, and the host center. */
function lecturerPool(cls: { schoolUnitId: string; hostUnitId: string }): Prisma.LecturerWhereInput {
  return { active: true, unit: { OR: [{ id: cls.schoolUnitId }, { parentId: cls.schoolUnitId }, { id: cls.hostUnitId }] } };
}

/** A class of the viewer's school as its management page shows it: status, next steps, lecturers, timetable. */
export async function getClassManagement(viewer: Viewer, id: string) {
  requirePermission(viewer, "classes.write");
  const cls = await db.trainingClass.findFirst({
    where: { id, ...classScope(viewer, "write") },
    select: {
      id: true,
      code: true,
      name: true,
      status: true,
      mode: true,
      location: true,
      plannedSize: true,
      startDate: true,
      endDate: true,
      fundingSource: true,
      cancelReason: true,
      schoolUnitId: true,
      hostUnitId: true,
      planLineId: true,
      programId: true,
      program: { select: { name: true } },
      host: { select: { name: true } },
      ruleVersion: { select: { name: true, version: true } },
      statusChanges: { orderBy: { at: "asc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, at: true, byUser: { select: { fullName: true } } } },
      assignments: { select: { id: true, subjectId: true, lecturer: { select: { id: true, fullName: true, sortKey: true } } } },
      sessions: {
        orderBy: [{ date: "asc" }, { part: "asc" }],
        select: { id: true, date: true, part: true, periods: true, room: true, subject: { select: { name: true } }, lecturer: { select: { fullName: true } } },
      },
    },
  });
  if (!cls) throw new NotFoundError("TrainingClass");
  const [subjects, lecturers] = await Promise.all([
    db.subject.findMany({ where: { programId: cls.programId }, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, periods: true } }),
    db.lecturer.findMany({ where: lecturerPool(cls), orderBy: [{ sortKey: "asc" }], select: { id: true, fullName: true, unit: { select: { name: true } } } }),
  ]);
  return {
    ...cls,
    subjects,
    lecturers,
    next: nextStatuses(cls.status).filter((s) => s !== "CANCELLED" && (s !== "APPROVED" || can(viewer, "classes.approve"))),
    canCancel: nextStatuses(cls.status).includes("CANCELLED"),
    planningEditable: isPlanningEditable(cls.status),
    scheduleEditable: isScheduleEditable(cls.status),
  };
}

// ───────────────────────────── Planning ─────────────────────────────

/** The program's rule version in effect on the start date; the first class to use a version freezes it. */
async function ruleVersionFor(tx: Tx, programId: string, startDate: Date): Promise<string> {
  const versions = await tx.ruleVersion.findMany({ where: { programId }, select: { id: true, effectiveFrom: true, effectiveTo: true } });
  const version = ruleVersionOn(versions, startDate);
  if (!version) throw new DomainValidationError({ startDate: "plans.validation.noRuleVersion" });
  await tx.ruleVersion.updateMany({ where: { id: version.id, lockedAt: null }, data: { lockedAt: new Date() } });
  return version.id;
}

async function checkPlanning(tx: Tx, viewer: Viewer, input: ClassPlanningInput) {
  if (input.planLineId) {
    const line = await ownPlanLine(tx, viewer, input.planLineId);
    if (!line) throw new NotFoundError("PlanLine");
    if (line.programId !== input.programId) throw new DomainValidationError({ programId: "plans.validation.lineProgram" });
  }
  await assertHostingAllowed(tx, viewer, input);
}

function planningData(input: ClassPlanningInput) {
  return {
    code: input.code,
    name: input.name,
    programId: input.programId,
    hostUnitId: input.hostUnitId,
    mode: input.mode,
    location: input.location,
    plannedSize: input.plannedSize,
    startDate: input.startDate,
    endDate: input.endDate,
    fundingSource: input.fundingSource,
  };
}

function rethrowDuplicateCode(error: unknown): never {
  const violation = constraintViolation(error);
  if (violation?.kind === "unique") throw new DomainValidationError({ code: "plans.validation.duplicateClassCode" });
  throw error;
}

/** Plans a class of the viewer's school (optionally from a plan line), under the rule version of its start date. */
export async function createClass(viewer: Viewer, input: ClassPlanningInput): Promise<{ id: string }> {
  requirePermission(viewer, "classes.write");
  const schoolUnitId = viewer.schoolId;
  if (!schoolUnitId || (viewer.role !== "SCHOOL_LEADERSHIP" && viewer.role !== "TRAINING_OFFICE")) throw new NotFoundError("Unit");
  try {
    return await db.$transaction(async (tx) => {
      await checkPlanning(tx, viewer, input);
      if (await tx.trainingClass.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new DomainValidationError({ code: "plans.validation.duplicateClassCode" });
      }
      const ruleVersionId = await ruleVersionFor(tx, input.programId, input.startDate);
      const created = await tx.trainingClass.create({ data: { ...planningData(input), planLineId: input.planLineId, ruleVersionId, schoolUnitId, status: "PLANNED" } });
      await tx.classStatusChange.create({ data: { classId: created.id, fromStatus: null, toStatus: "PLANNED", byUserId: viewer.userId } });
      await recordAudit(tx, viewer, { entity: "TrainingClass", entityId: created.id, action: "CREATE", after: created });
      return { id: created.id };
    });
  } catch (error) {
    rethrowDuplicateCode(error);
  }
}

/** Changes the planning fields of a class while it is planned or approved. */
export async function updateClassPlanning(viewer: Viewer, id: string, input: ClassPlanningInput): Promise<void> {
  requirePermission(viewer, "classes.write");
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.trainingClass.findFirst({ where: { id, ...classScope(viewer, "write") } });
      if (!before) throw new NotFoundError("TrainingClass");
      if (!isPlanningEditable(before.status)) throw new DomainValidationError({}, "plans.errors.planningLocked");
      await checkPlanning(tx, viewer, { ...input, planLineId: input.planLineId ?? before.planLineId });
      const ruleVersionId = await ruleVersionFor(tx, input.programId, input.startDate);
      const after = await tx.trainingClass.update({ where: { id }, data: { ...planningData(input), planLineId: input.planLineId ?? before.planLineId, ruleVersionId } });
      await recordAudit(tx, viewer, { entity: "TrainingClass", entityId: id, action: "UPDATE", before, after });
    });
  } catch (error) {
    rethrowDuplicateCode(error);
  }
}

// ───────────────────────────── Lifecycle ─────────────────────────────

const REFUSAL_KEYS: Record<NonNullable<ReturnType<typeof checkTransition>>, MessageKey> = {
  notAllowed: "plans.lifecycle.refused.notAllowed",
  needsApprover: "plans.lifecycle.refused.needsApprover",
  needsLecturer: "plans.lifecycle.refused.needsLecturer",
  needsStartDate: "plans.lifecycle.refused.needsStartDate",
  sheetsNotFinalized: "plans.lifecycle.refused.sheetsNotFinalized",
  needsReason: "plans.lifecycle.refused.needsReason",
};

/** Moves a class along its lifecycle; every move is a ClassStatusChange row and an audit entry in one transaction. */
export async function transitionClass(viewer: Viewer, input: ClassTransitionInput): Promise<void> {
  requirePermission(viewer, "classes.write");
  if (input.to === "APPROVED") requirePermission(viewer, "classes.approve");
  await db.$transaction(async (tx) => {
    const before = await tx.trainingClass.findFirst({ where: { id: input.classId, ...classScope(viewer, "write") } });
    if (!before) throw new NotFoundError("TrainingClass");
    const [lecturerAssignments, gradedSubjects, finalized] = await Promise.all([
      tx.classSubjectAssignment.count({ where: { classId: before.id } }),
      tx.subject.count({ where: { programId: before.programId, assessment: { not: "NONE" } } }),
      tx.gradeSheet.count({ where: { classId: before.id, status: "FINALIZED", subject: { assessment: { not: "NONE" } } } }),
    ]);
    const refusal = checkTransition({
      from: before.status,
      to: input.to,
      canApprove: can(viewer, "classes.approve"),
      lecturerAssignments,
      hasStartDate: before.startDate !== null,
      unfinalizedGradedSubjects: gradedSubjects - finalized,
      reason: input.reason,
    });
    if (refusal) {
      throw new DomainValidationError(refusal === "needsReason" ? { reason: REFUSAL_KEYS[refusal] } : {}, REFUSAL_KEYS[refusal]);
    }
    const now = new Date();
    const data: Prisma.TrainingClassUncheckedUpdateInput = { status: input.to };
    if (input.to === "APPROVED") Object.assign(data, { approvedById: viewer.userId, approvedAt: now });
    if (input.to === "IN_PROGRESS") data.openedAt = now;
    if (input.to === "FINISHED") data.closedAt = now;
    if (input.to === "CANCELLED") data.cancelReason = input.reason;
    const after = await tx.trainingClass.update({ where: { id: before.id }, data });
    await tx.classStatusChange.create({ data: { classId: before.id, fromStatus: before.status, toStatus: input.to, reason: input.reason, byUserId: viewer.userId } });
    await recordAudit(tx, viewer, {
      entity: "TrainingClass",
      entityId: before.id,
      action: `STATUS_${input.to}`,
      before: { status: before.status, cancelReason: before.cancelReason },
      after: { status: after.status, cancelReason: after.cancelReason },
    });
  });
}

// ───────────────────────────── Lecturers and timetable ─────────────────────────────

/** The class in the viewer's write scope whose lecturers and timetable may still change. */
async function schedulableClass(tx: Tx, viewer: Viewer, classId: string) {
  const cls = await tx.trainingClass.findFirst({
    where: { id: classId, ...classScope(viewer, "write") },
    select: { id: true, status: true, programId: true, schoolUnitId: true, hostUnitId: true },
  });
  if (!cls) throw new NotFoundError("TrainingClass");
  if (!isScheduleEditable(cls.status)) throw new DomainValidationError({}, "plans.errors.scheduleLocked");
  return cls;
}

async function assertSubjectAndLecturer(tx: Tx, cls: { programId: string; schoolUnitId: string; hostUnitId: string }, subjectId: string, lecturerId: string | null) {
  const subject = await tx.subject.findFirst({ where: { id: subjectId, programId: cls.programId }, select: { id: true } });
  if (!subject) throw new DomainValidationError({ subjectId: "plans.validation.unknownSubject" });
  if (lecturerId && !(await tx.lecturer.findFirst({ where: { id: lecturerId, ...lecturerPool(cls) }, select: { id: true } }))) {
    throw new DomainValidationError({ lecturerId: "plans.validation.unknownLecturer" });
  }
}

export async function assignLecturer(viewer: Viewer, input: AssignmentInput): Promise<{ id: string }> {
  requirePermission(viewer, "classes.write");
  return db.$transaction(async (tx) => {
    const cls = await schedulableClass(tx, viewer, input.classId);
    await assertSubjectAndLecturer(tx, cls, input.subjectId, input.lecturerId);
    const existing = await tx.classSubjectAssignment.findFirst({ where: { classId: cls.id, subjectId: input.subjectId, lecturerId: input.lecturerId }, select: { id: true } });
    if (existing) throw new DomainValidationError({ lecturerId: "plans.validation.alreadyAssigned" });
    const created = await tx.classSubjectAssignment.create({ data: { classId: cls.id, subjectId: input.subjectId, lecturerId: input.lecturerId } });
    await recordAudit(tx, viewer, { entity: "ClassSubjectAssignment", entityId: created.id, action: "CREATE", after: created });
    return { id: created.id };
  });
}

export async function removeAssignment(viewer: Viewer, classId: string, assignmentId: string): Promise<void> {
  requirePermission(viewer, "classes.write");
  await db.$transaction(async (tx) => {
    const cls = await schedulableClass(tx, viewer, classId);
    const before = await tx.classSubjectAssignment.findFirst({ where: { id: assignmentId, classId: cls.id } });
    if (!before) throw new NotFoundError("ClassSubjectAssignment");
    await tx.classSubjectAssignment.delete({ where: { id: before.id } });
    await recordAudit(tx, viewer, { entity: "ClassSubjectAssignment", entityId: before.id, action: "DELETE", before });
  });
}

/** Adds a session; a class has one session per date and part of day, and a lecturer teaches one class at a time. */
export async function addSession(viewer: Viewer, input: SessionInput): Promise<{ id: string }> {
  requirePermission(viewer, "classes.write");
  try {
    return await db.$transaction(async (tx) => {
      const cls = await schedulableClass(tx, viewer, input.classId);
      await assertSubjectAndLecturer(tx, cls, input.subjectId, input.lecturerId);
      if (await tx.timetableSession.findFirst({ where: { classId: cls.id, date: input.date, part: input.part }, select: { id: true } })) {
        throw new DomainValidationError({ date: "plans.validation.sessionTaken" });
      }
      if (input.lecturerId) {
        const clash = await tx.timetableSession.findFirst({
          where: { lecturerId: input.lecturerId, date: input.date, part: input.part, classId: { not: cls.id } },
          select: { trainingClass: { select: { code: true } } },
        });
        if (clash) throw new DomainValidationError({ lecturerId: "plans.validation.lecturerBusy" });
      }
      const created = await tx.timetableSession.create({
        data: { classId: cls.id, date: input.date, part: input.part, subjectId: input.subjectId, lecturerId: input.lecturerId, periods: input.periods, room: input.room },
      });
      await recordAudit(tx, viewer, { entity: "TimetableSession", entityId: created.id, action: "CREATE", after: created });
      return { id: created.id };
    });
  } catch (error) {
    if (constraintViolation(error)?.kind === "unique") throw new DomainValidationError({ date: "plans.validation.sessionTaken" });
    throw error;
  }
}

export async function removeSession(viewer: Viewer, classId: string, sessionId: string): Promise<void> {
  requirePermission(viewer, "classes.write");
  await db.$transaction(async (tx) => {
    const cls = await schedulableClass(tx, viewer, classId);
    const before = await tx.timetableSession.findFirst({ where: { id: sessionId, classId: cls.id } });
    if (!before) throw new NotFoundError("TimetableSession");
    if ((await tx.attendanceRecord.count({ where: { sessionId: before.id } })) > 0) throw new DomainValidationError({}, "plans.errors.sessionHasAttendance");
    await tx.timetableSession.delete({ where: { id: before.id } });
    await recordAudit(tx, viewer, { entity: "TimetableSession", entityId: before.id, action: "DELETE", before });
  });
}
