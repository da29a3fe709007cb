import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClassStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { classScope, enrolmentScope, gradeScope, gradeSheetScope } from "@/lib/auth/scope";
import { computeResult, gradingRules } from "@/lib/domain/results";
import { db } from "@/lib/db";
import type { GradeCorrectionInput, GradeSheetInput } from "@/lib/validation/grades";
import { recordAudit } from "./audit";
import { ACTIVE_ENROLMENT } from "./classes";
import { DomainValidationError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;

/** Grades are entered while a class runs and after it closes, not before it opens or once cancelled. */
const GRADING_STATUSES: ClassStatus[] = ["IN_PROGRESS", "FINISHED"];

// A whole sheet, or a finalization that computes a class's results, is many statements in one transaction.
const LONG_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

const toNumber = (value: { toString(): string } | null): number | null => (value === null ? null : Number(value.toString()));

class RollbackProbe extends Error {}

/**
 * Whether the viewer may write the sheet of a class and subject, decided by gradeSheetScope alone. A sheet
 * is created on its first save, so for a subject without one the check runs on a sheet created inside a
 * transaction that is always rolled back: the scope stays the one place that decides.
 */
async function canWriteSheet(viewer: Viewer, classId: string, subjectId: string, sheetId: string | null): Promise<boolean> {
  if (sheetId) return (await db.gradeSheet.count({ where: { id: sheetId, ...gradeSheetScope(viewer, "write") } })) > 0;
  let allowed = false;
  try {
    await db.$transaction(async (tx) => {
      const probe = await tx.gradeSheet.create({ data: { classId, subjectId }, select: { id: true } });
      allowed = (await tx.gradeSheet.count({ where: { id: probe.id, ...gradeSheetScope(viewer, "write") } })) > 0;
      throw new RollbackProbe();
    });
  } catch (error) {
    // A sheet created meanwhile by someone else's first save: ask again about that one.
    if (!(error instanceof RollbackProbe)) {
      const sheet = await db.gradeSheet.findUnique({ where: { classId_subjectId: { classId, subjectId } }, select: { id: true } });
      return sheet ? canWriteSheet(viewer, classId, subjectId, sheet.id) : false;
    }
  }
  return allowed;
}

/** The class (within read scope) and one of its program's subjects, or "not found". */
async function classAndSubject(client: Tx | typeof db, viewer: Viewer, classId: string, subjectId: string) {
  const trainingClass = await client.trainingClass.findFirst({
    where: { id: classId, ...classScope(viewer, "read") },
    select: {
      id: true,
      code: true,
      name: true,
      status: true,
      programId: true,
      host: { select: { name: true } },
      ruleVersion: { select: { id: true, name: true, passMark: true, classification: true } },
    },
  });
  if (!trainingClass) throw new NotFoundError("TrainingClass");
  const subject = await client.subject.findFirst({
    where: { id: subjectId, programId: trainingClass.programId },
    select: { id: true, code: true, name: true, weight: true, assessment: true, periods: true },
  });
  if (!subject) throw new NotFoundError("Subject");
  return { trainingClass, subject };
}

// ───────────────────────────── Reads ─────────────────────────────

/**
 * The grade sheet of a class and subject: one row per enrolled learner in Vietnamese name order (with the
 * learner's grade when there is one), the sheet's lock history and corrections, and what the viewer may do.
 */
export async function getGradeSheet(viewer: Viewer, classId: string, subjectId: string) {
  requirePermission(viewer, "grades.read");
  const { trainingClass, subject } = await classAndSubject(db, viewer, classId, subjectId);
  const sheet = await db.gradeSheet.findFirst({
    where: { classId, subjectId, ...gradeSheetScope(viewer, "read") },
    select: {
      id: true,
      status: true,
      updatedAt: true,
      finalizedAt: true,
      lockEvents: { orderBy: { at: "asc" }, select: { id: true, action: true, reason: true, at: true, byUser: { select: { fullName: true } } } },
    },
  });
  const [enrolments, corrections] = await Promise.all([
    db.enrolment.findMany({
      where: {
        AND: [{ classId }, enrolmentScope(viewer, "read"), sheet ? { OR: [ACTIVE_ENROLMENT, { grades: { some: { sheetId: sheet.id } } }] } : ACTIVE_ENROLMENT],
      },
      orderBy: [{ learner: { sortKey: "asc" } }, { learner: { birthDate: "asc" } }],
      select: {
        id: true,
        status: true,
        learner: { select: { id: true, fullName: true, citizenId: true, birthDate: true } },
        grades: sheet ? { where: { sheetId: sheet.id }, select: { id: true, score: true, absent: true, note: true } } : false,
      },
    }),
    sheet
      ? db.gradeCorrection.findMany({
          where: { grade: { sheetId: sheet.id, ...gradeScope(viewer, "read") } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: {
            id: true,
            at: true,
            oldScore: true,
            newScore: true,
            reason: true,
            decisionRef: true,
            byUser: { select: { fullName: true } },
            grade: { select: { enrolment: { select: { learner: { select: { fullName: true } } } } } },
          },
        })
      : [],
  ]);

  const finalized = sheet?.status === "FINALIZED";
  const mayEnter = can(viewer, "grades.enter") && !finalized && GRADING_STATUSES.includes(trainingClass.status);
  const mayLock = can(viewer, "grades.finalize") && !!sheet;
  const writable = mayEnter || mayLock ? await canWriteSheet(viewer, classId, subjectId, sheet?.id ?? null) : false;

  return {
    trainingClass: { id: trainingClass.id, code: trainingClass.code, name: trainingClass.name, status: trainingClass.status, hostName: trainingClass.host.name },
    subject: { ...subject, weight: Number(subject.weight) },
    rules: gradingRules(trainingClass.ruleVersion),
    ruleVersionName: trainingClass.ruleVersion.name,
    sheet: sheet ? { id: sheet.id, status: sheet.status, updatedAt: sheet.updatedAt, finalizedAt: sheet.finalizedAt, lockEvents: sheet.lockEvents } : null,
    rows: enrolments.map((e) => {
      const grade = e.grades?.[0] ?? null;
      return {
        enrolmentId: e.id,
        enrolmentStatus: e.status,
        learner: e.learner,
        gradeId: grade?.id ?? null,
        score: grade ? toNumber(grade.score) : null,
        absent: grade?.absent ?? false,
        note: grade?.note ?? null,
      };
    }),
    corrections: corrections.map((c) => ({
      id: c.id,
      at: c.at,
      learnerName: c.grade.enrolment.learner.fullName,
      oldScore: toNumber(c.oldScore),
      newScore: toNumber(c.newScore),
      reason: c.reason,
      decisionRef: c.decisionRef,
      byName: c.byUser.fullName,
    })),
    can: {
      enter: mayEnter && writable,
      finalize: mayLock && !finalized && writable,
      correct: mayLock && finalized && writable,
    },
  };
}

export type GradeSheetView = Awaited<ReturnType<typeof getGradeSheet>>;

// ───────────────────────────── Writes ─────────────────────────────

const gradeFields = (g: { score: Prisma.Decimal | number | null; absent: boolean; note: string | null }) => ({
  score: g.score === null ? null : Number(g.score.toString()),
  absent: g.absent,
  note: g.note,
});

/**
 * Saves a whole sheet in one transaction (creating the sheet on its first save). Every row must be an
 * enrolment of the class; any bad row refuses the whole sheet, with the errors by row and field.
 */
export async function saveGradeSheet(viewer: Viewer, input: GradeSheetInput): Promise<{ sheetId: string; changed: number }> {
  requirePermission(viewer, "grades.enter");
  return db.$transaction(async (tx) => {
    const { trainingClass } = await classAndSubject(tx, viewer, input.classId, input.subjectId);
    const found = await tx.gradeSheet.findUnique({ where: { classId_subjectId: { classId: input.classId, subjectId: input.subjectId } } });
    const sheet = found ?? (await tx.gradeSheet.create({ data: { classId: input.classId, subjectId: input.subjectId, enteredById: viewer.userId } }));
    // The scope decides on the sheet itself; a sheet just created is rolled back with the refusal.
    if ((await tx.gradeSheet.count({ where: { id: sheet.id, ...gradeSheetScope(viewer, "write") } })) === 0) throw new NotFoundError("GradeSheet");
    if (sheet.status === "FINALIZED") throw new DomainValidationError({}, "training.grades.finalizedNoEdit");
    if (!GRADING_STATUSES.includes(trainingClass.status)) throw new DomainValidationError({}, "training.grades.classNotGrading");

    const enrolments = await tx.enrolment.findMany({ where: { classId: input.classId, ...ACTIVE_ENROLMENT }, select: { id: true } });
    const enrolled = new Set(enrolments.map((e) => e.id));
    const seen = new Set<string>();
    const rowErrors: Record<string, "training.grades.unknownLearner" | "training.grades.duplicateRow"> = {};
    input.rows.forEach((row, index) => {
      if (!enrolled.has(row.enrolmentId)) rowErrors[`rows.${index}.score`] = "training.grades.unknownLearner";
      else if (seen.has(row.enrolmentId)) rowErrors[`rows.${index}.score`] = "training.grades.duplicateRow";
      seen.add(row.enrolmentId);
    });
    if (Object.keys(rowErrors).length > 0) throw new DomainValidationError(rowErrors);

    const existing = new Map(
      (await tx.grade.findMany({ where: { sheetId: sheet.id }, select: { id: true, enrolmentId: true, score: true, absent: true, note: true } })).map((g) => [g.enrolmentId, g]),
    );
    let changed = 0;
    for (const row of input.rows) {
      const next = { score: row.score, absent: row.absent, note: row.note };
      const before = existing.get(row.enrolmentId);
      if (before) {
        if (JSON.stringify(gradeFields(before)) === JSON.stringify(next)) continue;
        const after = await tx.grade.update({ where: { id: before.id }, data: next });
        await recordAudit(tx, viewer, { entity: "Grade", entityId: before.id, action: "UPDATE", before: gradeFields(before), after: gradeFields(after) });
      } else {
        if (row.score === null && !row.absent && row.note === null) continue;
        const created = await tx.grade.create({ data: { sheetId: sheet.id, enrolmentId: row.enrolmentId, ...next } });
        await recordAudit(tx, viewer, { entity: "Grade", entityId: created.id, action: "CREATE", after: { sheetId: sheet.id, enrolmentId: row.enrolmentId, ...gradeFields(created) } });
      }
      changed += 1;
    }
    if (!found) {
      await recordAudit(tx, viewer, { entity: "GradeSheet", entityId: sheet.id, action: "CREATE", after: { classId: sheet.classId, subjectId: sheet.subjectId, status: sheet.status } });
    } else if (changed > 0) {
      await tx.gradeSheet.update({ where: { id: sheet.id }, data: { enteredById: viewer.userId } });
    }
    return { sheetId: sheet.id, changed };
  }, LONG_TRANSACTION);
}

/**
 * Computes and stores the results of a class's enrolments (all, or the given ones) once every counted
 * subject (weight > 0) of its program has a finalized sheet; returns how many were stored, or null when a
 * sheet is still open. Called only inside a write whose scope check already covered the class.
 */
async function storeResults(tx: Tx, viewer: Viewer, classId: string, enrolmentIds?: string[]): Promise<number | null> {
  const trainingClass = await tx.trainingClass.findUniqueOrThrow({
    where: { id: classId },
    select: { programId: true, ruleVersionId: true, ruleVersion: { select: { passMark: true, classification: true } } },
  });
  const subjects = await tx.subject.findMany({ where: { programId: trainingClass.programId, weight: { gt: 0 } }, select: { id: true, weight: true } });
  if (subjects.length === 0) return null;
  const sheets = await tx.gradeSheet.findMany({ where: { classId, subjectId: { in: subjects.map((s) => s.id) } }, select: { id: true, subjectId: true, status: true } });
  if (sheets.length < subjects.length || sheets.some((s) => s.status !== "FINALIZED")) return null;

  const subjectOfSheet = new Map(sheets.map((s) => [s.id, s.subjectId]));
  const rules = gradingRules(trainingClass.ruleVersion);
  const enrolments = await tx.enrolment.findMany({
    where: { classId, ...ACTIVE_ENROLMENT, ...(enrolmentIds ? { id: { in: enrolmentIds } } : {}) },
    select: {
      id: true,
      result: { select: { finalScore: true, classification: true, passed: true, ruleVersionId: true } },
      grades: { where: { sheetId: { in: sheets.map((s) => s.id) } }, select: { sheetId: true, score: true, absent: true } },
    },
  });
  for (const enrolment of enrolments) {
    const bySubject = new Map(enrolment.grades.map((g) => [subjectOfSheet.get(g.sheetId), g]));
    const computed = computeResult(
      subjects.map((s) => {
        const grade = bySubject.get(s.id);
        return { subjectId: s.id, weight: Number(s.weight), score: grade ? toNumber(grade.score) : null, absent: grade?.absent ?? false };
      }),
      rules,
    );
    const data = { ruleVersionId: trainingClass.ruleVersionId, finalScore: computed.finalScore, classification: computed.classification, passed: computed.passed, computedAt: new Date() };
    const stored = await tx.result.upsert({ where: { enrolmentId: enrolment.id }, create: { enrolmentId: enrolment.id, ...data }, update: data });
    const before = enrolment.result ? { ...enrolment.result, finalScore: Number(enrolment.result.finalScore) } : null;
    await recordAudit(tx, viewer, {
      entity: "Result",
      entityId: stored.id,
      action: before ? "RECOMPUTE" : "COMPUTE",
      before,
      after: { finalScore: computed.finalScore, classification: computed.classification, passed: computed.passed, ruleVersionId: trainingClass.ruleVersionId },
    });
  }
  return enrolments.length;
}

/**
 * Locks a sheet (school leadership): every enrolled learner must have a score or be marked absent. Records
 * the lock, and computes the class's results when this was the last open sheet of a counted subject.
 * There is no unlock: a later change is a correction.
 */
export async function finalizeGradeSheet(viewer: Viewer, input: { classId: string; subjectId: string }): Promise<{ resultsComputed: number | null }> {
  requirePermission(viewer, "grades.finalize");
  return db.$transaction(async (tx) => {
    const sheet = await tx.gradeSheet.findFirst({
      where: { classId: input.classId, subjectId: input.subjectId, ...gradeSheetScope(viewer, "write") },
      select: { id: true, classId: true, status: true, finalizedAt: true, finalizedById: true },
    });
    if (!sheet) throw new NotFoundError("GradeSheet");
    if (sheet.status === "FINALIZED") throw new DomainValidationError({}, "training.grades.alreadyFinalized");
    const ungraded = await tx.enrolment.count({
      where: { classId: sheet.classId, ...ACTIVE_ENROLMENT, grades: { none: { sheetId: sheet.id, OR: [{ score: { not: null } }, { absent: true }] } } },
    });
    if (ungraded > 0) throw new DomainValidationError({}, "training.grades.incomplete");

    const after = await tx.gradeSheet.update({
      where: { id: sheet.id },
      data: { status: "FINALIZED", finalizedById: viewer.userId, finalizedAt: new Date() },
      select: { status: true, finalizedAt: true, finalizedById: true },
    });
    await tx.gradeSheetLockEvent.create({ data: { sheetId: sheet.id, action: "FINALIZE", byUserId: viewer.userId } });
    await recordAudit(tx, viewer, { entity: "GradeSheet", entityId: sheet.id, action: "FINALIZE", before: sheet, after });
    return { resultsComputed: await storeResults(tx, viewer, sheet.classId) };
  }, LONG_TRANSACTION);
}

/**
 * Changes a grade of a finalized sheet (school leadership), with a reason: the GradeCorrection (old → new)
 * goes in first, then the grade, as the database's trigger requires, and the learner's result is
 * recomputed, all in one transaction.
 */
export async function correctGrade(viewer: Viewer, input: GradeCorrectionInput): Promise<{ classId: string; subjectId: string }> {
  requirePermission(viewer, "grades.finalize");
  return db.$transaction(async (tx) => {
    const grade = await tx.grade.findFirst({
      where: { id: input.gradeId, ...gradeScope(viewer, "write") },
      select: { id: true, score: true, absent: true, note: true, enrolmentId: true, sheet: { select: { id: true, status: true, classId: true, subjectId: true } } },
    });
    if (!grade) throw new NotFoundError("Grade");
    if (grade.sheet.status !== "FINALIZED") throw new DomainValidationError({}, "training.grades.correctOnlyFinalized");
    const before = gradeFields(grade);
    if (before.score === input.score && before.absent === input.absent) throw new DomainValidationError({ score: "training.grades.correctionUnchanged" });

    // The correction goes first: the database refuses the grade change unless this transaction recorded one.
    const correction = await tx.gradeCorrection.create({
      data: { gradeId: grade.id, oldScore: before.score, newScore: input.score, reason: input.reason, decisionRef: input.decisionRef, byUserId: viewer.userId },
    });
    const after = await tx.grade.update({ where: { id: grade.id }, data: { score: input.score, absent: input.absent } });
    await recordAudit(tx, viewer, { entity: "Grade", entityId: grade.id, action: "CORRECT", before, after: gradeFields(after) });
    await recordAudit(tx, viewer, {
      entity: "GradeCorrection",
      entityId: correction.id,
      action: "CREATE",
      after: { gradeId: grade.id, oldScore: before.score, newScore: input.score, reason: input.reason, decisionRef: input.decisionRef },
    });
    await storeResults(tx, viewer, grade.sheet.classId, [grade.enrolmentId]);
    return { classId: grade.sheet.classId, subjectId: grade.sheet.subjectId };
  }, LONG_TRANSACTION);
}
