import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { classScope, planOutcomeScope, planScope } from "@/lib/auth/scope";
import { constraintViolation } from "@/lib/db/errors";
import { db } from "@/lib/db";
import { lineActual, sumActuals } from "@/lib/domain/class-lifecycle";
import type { LineOutcomeInput, PlanInput, PlanLineInput } from "@/lib/validation/plans";
import { recordAudit } from "./audit";
import { ACTIVE_ENROLMENT } from "./classes";
import { DomainValidationError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;

// ───────────────────────────── Reads ─────────────────────────────

/** The plans the viewer may read, newest year first, with their line totals. */
export async function listPlans(viewer: Viewer) {
  requirePermission(viewer, "plans.read");
  const plans = await db.annualPlan.findMany({
    where: planScope(viewer, "read"),
    orderBy: [{ year: "desc" }, { school: { name: "asc" } }],
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      decisionRef: true,
      approvedAt: true,
      school: { select: { id: true, name: true } },
      lines: { select: { plannedClasses: true, plannedLearners: true } },
    },
  });
  return plans.map(({ lines, ...plan }) => ({
    ...plan,
    lineCount: lines.length,
    plannedClasses: lines.reduce((sum, l) => sum + l.plannedClasses, 0),
    plannedLearners: lines.reduce((sum, l) => sum + l.plannedLearners, 0),
  }));
}

/** One plan with its lines, each set against what was done: the classes linked to it, by status, and their learners. */
export async function getPlan(viewer: Viewer, id: string) {
  requirePermission(viewer, "plans.read");
  const plan = await db.annualPlan.findFirst({
    where: { id, ...planScope(viewer, "read") },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      decisionRef: true,
      note: true,
      approvedAt: true,
      approvedBy: { select: { fullName: true } },
      school: { select: { id: true, name: true } },
      lines: {
        orderBy: [{ program: { name: "asc" } }, { host: { name: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          mode: true,
          plannedClasses: true,
          plannedLearners: true,
          fundingSource: true,
          note: true,
          outcome: true,
          notDoneClasses: true,
          notDoneLearners: true,
          outcomeReason: true,
          program: { select: { id: true, code: true, name: true } },
          host: { select: { id: true, name: true } },
          classes: {
            where: classScope(viewer, "read"),
            orderBy: { code: "asc" },
            select: { id: true, code: true, name: true, status: true, startDate: true, endDate: true, _count: { select: { enrolments: { where: ACTIVE_ENROLMENT } } } },
          },
        },
      },
    },
  });
  if (!plan) throw new NotFoundError("AnnualPlan");
  const lines = plan.lines.map(({ classes, ...line }) => ({
    ...line,
    classes: classes.map(({ _count, ...c }) => ({ ...c, enrolled: _count.enrolments })),
    actual: lineActual(
      classes.map((c) => ({ status: c.status, endDate: c.endDate, enrolled: c._count.enrolments })),
      plan.year,
    ),
  }));
  const writable = can(viewer, "plans.write") && (await db.annualPlan.count({ where: { id, ...planScope(viewer, "write") } })) > 0;
  return {
    ...plan,
    lines,
    totals: {
      plannedClasses: lines.reduce((sum, l) => sum + l.plannedClasses, 0),
      plannedLearners: lines.reduce((sum, l) => sum + l.plannedLearners, 0),
      actual: sumActuals(lines.map((l) => l.actual)),
    },
    canEditLines: writable && plan.status === "DRAFT",
    canSubmit: writable && plan.status === "DRAFT",
    canApprove: writable && plan.status === "SUBMITTED" && can(viewer, "plans.approve"),
    canRecordOutcome: can(viewer, "plans.write") && (await db.annualPlan.count({ where: { id, ...planOutcomeScope(viewer) } })) > 0,
    canPlanClasses: can(viewer, "classes.write") && viewer.schoolId === plan.school.id,
  };
}

/** The programs and hosts a plan line may name: the school itself and the active centers of its province. */
export async function getPlanLineOptions(viewer: Viewer) {
  requirePermission(viewer, "plans.write");
  if (!viewer.schoolId) throw new NotFoundError("Unit");
  const [programs, hosts] = await Promise.all([
    db.program.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, hostingRules: { select: { unitKind: true, mode: true } } } }),
    db.unit.findMany({ where: hostUnitWhere(viewer), orderBy: [{ kind: "desc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
  ]);
  return { programs, hosts };
}

// ───────────────────────────── Hosting rule ─────────────────────────────

/** The units a school may place its classes at: itself and the active centers of its province. */
export function hostUnitWhere(viewer: Viewer): Prisma.UnitWhereInput {
  if (!viewer.schoolId || !viewer.provinceId) return { id: { in: [] } };
  return { OR: [{ id: viewer.schoolId }, { kind: "CENTER", status: "ACTIVE", provinceId: viewer.provinceId }] };
}

/**
 * Refuses a host the school may not use, or a program that the host's kind may not run in that mode
 * (ProgramHostingRule: e.g. Trung cấp at a center only in the non-concentrated mode).
 */
export async function assertHostingAllowed(tx: Tx, viewer: Viewer, input: { programId: string; hostUnitId: string; mode: "CONCENTRATED" | "NON_CONCENTRATED" }) {
  const [program, host] = await Promise.all([
    tx.program.findFirst({ where: { id: input.programId, active: true }, select: { id: true } }),
    tx.unit.findFirst({ where: { id: input.hostUnitId, ...hostUnitWhere(viewer) }, select: { kind: true } }),
  ]);
  if (!program) throw new DomainValidationError({ programId: "plans.validation.unknownProgram" });
  if (!host) throw new DomainValidationError({ hostUnitId: "validation.unknownUnit" });
  const rule = await tx.programHostingRule.findFirst({ where: { programId: input.programId, unitKind: host.kind, mode: input.mode }, select: { id: true } });
  if (!rule) throw new DomainValidationError({ hostUnitId: "plans.validation.hostingRule" }, "plans.validation.hostingRule");
}

// ───────────────────────────── Writes ─────────────────────────────

/** Creates the plan of a year for the viewer's school; one plan per school and year. */
export async function createPlan(viewer: Viewer, input: PlanInput): Promise<{ id: string }> {
  requirePermission(viewer, "plans.write");
  const schoolUnitId = viewer.schoolId;
  if (!schoolUnitId || (viewer.role !== "SCHOOL_LEADERSHIP" && viewer.role !== "TRAINING_OFFICE")) throw new NotFoundError("Unit");
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.annualPlan.findFirst({ where: { schoolUnitId, year: input.year }, select: { id: true } });
      if (existing) throw new DomainValidationError({ year: "plans.validation.duplicateYear" });
      const created = await tx.annualPlan.create({ data: { ...input, schoolUnitId } });
      await recordAudit(tx, viewer, { entity: "AnnualPlan", entityId: created.id, action: "CREATE", after: created });
      return { id: created.id };
    });
  } catch (error) {
    if (constraintViolation(error)?.kind === "unique") throw new DomainValidationError({ year: "plans.validation.duplicateYear" });
    throw error;
  }
}

/** The plan, in the viewer's write scope and still a draft: only drafts' lines change. */
async function draftPlan(tx: Tx, viewer: Viewer, planId: string) {
  const plan = await tx.annualPlan.findFirst({ where: { id: planId, ...planScope(viewer, "write") }, select: { id: true, status: true } });
  if (!plan) throw new NotFoundError("AnnualPlan");
  if (plan.status !== "DRAFT") throw new DomainValidationError({}, "plans.errors.notDraft");
  return plan;
}

function lineData(input: PlanLineInput) {
  return {
    programId: input.programId,
    hostUnitId: input.hostUnitId,
    mode: input.mode,
    plannedClasses: input.plannedClasses,
    plannedLearners: input.plannedLearners,
    fundingSource: input.fundingSource,
    note: input.note,
  };
}

export async function addPlanLine(viewer: Viewer, input: PlanLineInput): Promise<{ id: string }> {
  requirePermission(viewer, "plans.write");
  return db.$transaction(async (tx) => {
    await draftPlan(tx, viewer, input.planId);
    await assertHostingAllowed(tx, viewer, input);
    const created = await tx.planLine.create({ data: { planId: input.planId, ...lineData(input) } });
    await recordAudit(tx, viewer, { entity: "PlanLine", entityId: created.id, action: "CREATE", after: created });
    return { id: created.id };
  });
}

export async function updatePlanLine(viewer: Viewer, lineId: string, input: PlanLineInput): Promise<{ id: string }> {
  requirePermission(viewer, "plans.write");
  return db.$transaction(async (tx) => {
    await draftPlan(tx, viewer, input.planId);
    const before = await tx.planLine.findFirst({ where: { id: lineId, planId: input.planId } });
    if (!before) throw new NotFoundError("PlanLine");
    await assertHostingAllowed(tx, viewer, input);
    const after = await tx.planLine.update({ where: { id: lineId }, data: lineData(input) });
    await recordAudit(tx, viewer, { entity: "PlanLine", entityId: lineId, action: "UPDATE", before, after });
    return { id: lineId };
  });
}

export async function deletePlanLine(viewer: Viewer, planId: string, lineId: string): Promise<void> {
  requirePermission(viewer, "plans.write");
  await db.$transaction(async (tx) => {
    await draftPlan(tx, viewer, planId);
    const before = await tx.planLine.findFirst({ where: { id: lineId, planId } });
    if (!before) throw new NotFoundError("PlanLine");
    await tx.planLine.delete({ where: { id: lineId } });
    await recordAudit(tx, viewer, { entity: "PlanLine", entityId: lineId, action: "DELETE", before });
  });
}

/** Sends a draft with at least one line to the leadership for approval. */
export async function submitPlan(viewer: Viewer, planId: string): Promise<void> {
  requirePermission(viewer, "plans.write");
  await db.$transaction(async (tx) => {
    await draftPlan(tx, viewer, planId);
    if ((await tx.planLine.count({ where: { planId } })) === 0) throw new DomainValidationError({}, "plans.errors.noLines");
    const after = await tx.annualPlan.update({ where: { id: planId }, data: { status: "SUBMITTED" } });
    await recordAudit(tx, viewer, { entity: "AnnualPlan", entityId: planId, action: "SUBMIT", before: { status: "DRAFT" }, after: { status: after.status } });
  });
}

/** The leadership approves a submitted plan (phê duyệt), recording who and when. */
export async function approvePlan(viewer: Viewer, planId: string): Promise<void> {
  requirePermission(viewer, "plans.approve");
  await db.$transaction(async (tx) => {
    const plan = await tx.annualPlan.findFirst({ where: { id: planId, ...planScope(viewer, "write") }, select: { status: true } });
    if (!plan) throw new NotFoundError("AnnualPlan");
    if (plan.status !== "SUBMITTED") throw new DomainValidationError({}, "plans.errors.notSubmitted");
    const after = await tx.annualPlan.update({ where: { id: planId }, data: { status: "APPROVED", approvedById: viewer.userId, approvedAt: new Date() } });
    await recordAudit(tx, viewer, {
      entity: "AnnualPlan",
      entityId: planId,
      action: "APPROVE",
      before: { status: plan.status },
      after: { status: after.status, approvedById: after.approvedById, approvedAt: after.approvedAt },
    });
  });
}

/** Records what became of a line of an approved plan. */
export async function recordLineOutcome(viewer: Viewer, input: LineOutcomeInput): Promise<void> {
  requirePermission(viewer, "plans.write");
  await db.$transaction(async (tx) => {
    const before = await tx.planLine.findFirst({ where: { id: input.lineId, planId: input.planId, plan: planOutcomeScope(viewer) } });
    if (!before) throw new NotFoundError("PlanLine");
    const done = input.outcome === "DONE";
    const after = await tx.planLine.update({
      where: { id: input.lineId },
      data: {
        outcome: input.outcome,
        notDoneClasses: done ? 0 : input.notDoneClasses,
        notDoneLearners: done ? 0 : input.notDoneLearners,
        outcomeReason: input.outcomeReason,
      },
    });
    await recordAudit(tx, viewer, { entity: "PlanLine", entityId: input.lineId, action: "OUTCOME", before, after });
  });
}
