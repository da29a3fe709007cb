import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClassStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { classScope, enrolmentScope, gradeSheetScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "./errors";

export const CLASSES_PAGE_SIZE = 25;

/** Enrolments that take part in the class (not withdrawn or dismissed). */
export const ACTIVE_ENROLMENT = { status: { in: ["ENROLLED", "COMPLETED"] } } satisfies Prisma.EnrolmentWhereInput;

export interface ClassFilter {
  status?: ClassStatus;
  programId?: string;
  hostUnitId?: string;
  /** Classes running during that calendar year (a class may span two years). */
  year?: number;
  page?: number;
}

function yearFilter(year: number | undefined): Prisma.TrainingClassWhereInput {
  if (!year) return {};
  const first = new Date(Date.UTC(year, 0, 1));
  const last = new Date(Date.UTC(year, 11, 31));
  return {
    OR: [
      { startDate: { lte: last }, OR: [{ endDate: null }, { endDate: { gte: first } }] },
      // Planned classes have no dates yet: they belong to their plan's year.
      { startDate: null, planLine: { plan: { year } } },
    ],
  };
}

/** Classes in the viewer's scope, newest first, filtered by status, program, host and year. */
export async function listClasses(viewer: Viewer, filter: ClassFilter = {}) {
  requirePermission(viewer, "classes.read");
  const page = Math.max(filter.page ?? 1, 1);
  const where: Prisma.TrainingClassWhereInput = {
    AND: [
      classScope(viewer, "read"),
      filter.status ? { status: filter.status } : {},
      filter.programId ? { programId: filter.programId } : {},
      filter.hostUnitId ? { hostUnitId: filter.hostUnitId } : {},
      yearFilter(filter.year),
    ],
  };
  const [total, rows] = await Promise.all([
    db.trainingClass.count({ where }),
    db.trainingClass.findMany({
      where,
      orderBy: [{ startDate: { sort: "desc", nulls: "first" } }, { code: "asc" }],
      skip: (page - 1) * CLASSES_PAGE_SIZE,
      take: CLASSES_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        status: true,
        mode: true,
        plannedSize: true,
        startDate: true,
        endDate: true,
        program: { select: { id: true, name: true } },
        host: { select: { id: true, name: true } },
        _count: { select: { enrolments: { where: ACTIVE_ENROLMENT } } },
      },
    }),
  ]);
  return { total, page, pageSize: CLASSES_PAGE_SIZE, pages: Math.max(1, Math.ceil(total / CLASSES_PAGE_SIZE)), rows };
}

/** The choices of the class list's filters, each limited to what the viewer's classes use. */
export async function getClassFilterOptions(viewer: Viewer) {
  requirePermission(viewer, "classes.read");
  const scope = classScope(viewer, "read");
  const [programs, hosts, span] = await Promise.all([
    db.program.findMany({ where: { classes: { some: scope } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { classesHosted: { some: scope } }, orderBy: [{ kind: "desc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.trainingClass.aggregate({ where: scope, _min: { startDate: true }, _max: { startDate: true, endDate: true } }),
  ]);
  const from = span._min.startDate?.getUTCFullYear();
  const to = Math.max(span._max.startDate?.getUTCFullYear() ?? 0, span._max.endDate?.getUTCFullYear() ?? 0);
  const years = from && to ? Array.from({ length: to - from + 1 }, (_, i) => to - i) : [];
  return { programs, hosts, years };
}

/**
 * One class with what its page shows: program and rule version, host, dates, status history, subjects with
 * their lecturers and grade sheets, and the enrolled learners in Vietnamese name order with their results.
 */
export async function getClass(viewer: Viewer, id: string) {
  requirePermission(viewer, "classes.read");
  const found = await db.trainingClass.findFirst({
    where: { id, ...classScope(viewer, "read") },
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
      cancelReason: true,
      fundingSource: true,
      openedAt: true,
      closedAt: true,
      program: { select: { id: true, code: true, name: true } },
      ruleVersion: { select: { id: true, name: true, version: true, regulationRef: true, passMark: true, classification: true } },
      host: { select: { id: true, name: true } },
      school: { select: { id: true, name: true } },
      statusChanges: {
        orderBy: { at: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, reason: true, at: true, byUser: { select: { fullName: true } } },
      },
      assignments: { select: { subjectId: true, lecturer: { select: { id: true, fullName: true, sortKey: true } } } },
      enrolments: {
        where: enrolmentScope(viewer, "read"),
        orderBy: [{ learner: { sortKey: "asc" } }, { learner: { birthDate: "asc" } }],
        select: {
          id: true,
          status: true,
          learner: { select: { id: true, fullName: true, citizenId: true, birthDate: true, gender: true, homeUnit: { select: { name: true } } } },
          result: { select: { finalScore: true, classification: true, passed: true } },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("TrainingClass");
  const readsGrades = can(viewer, "grades.read");
  const [subjects, sheets] = await Promise.all([
    db.subject.findMany({
      where: { programId: found.program.id },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, periods: true, weight: true, assessment: true, knowledgeBlock: true },
    }),
    readsGrades
      ? db.gradeSheet.findMany({
          where: { classId: id, ...gradeSheetScope(viewer, "read") },
          select: { id: true, subjectId: true, status: true, finalizedAt: true, _count: { select: { grades: true } } },
        })
      : [],
  ]);
  const sheetBySubject = new Map(sheets.map((s) => [s.subjectId, s]));
  const { assignments, enrolments, ruleVersion, ...rest } = found;
  return {
    ...rest,
    ruleVersion: { ...ruleVersion, passMark: Number(ruleVersion.passMark) },
    enrolledCount: enrolments.filter((e) => e.status === "ENROLLED" || e.status === "COMPLETED").length,
    readsGrades,
    subjects: subjects.map((subject) => ({
      ...subject,
      weight: Number(subject.weight),
      lecturers: assignments
        .filter((a) => a.subjectId === subject.id)
        .map((a) => a.lecturer)
        .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
        .map(({ id: lecturerId, fullName }) => ({ id: lecturerId, fullName })),
      sheet: sheetBySubject.get(subject.id) ?? null,
    })),
    enrolments: enrolments.map((e) => ({ ...e, result: e.result ? { ...e.result, finalScore: Number(e.result.finalScore) } : null })),
  };
}
