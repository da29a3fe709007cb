import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { inspectionScope, inspectionVisitScope, recommendationScope } from "@/lib/auth/scope";
import { constraintViolation } from "@/lib/db/errors";
import { db } from "@/lib/db";
import { todayInVietnam } from "@/lib/validation/fields";
import { type FollowUpInput, type InspectionPlanInput, type RecommendationInput, type TeamMemberInput, type VisitInput } from "@/lib/validation/inspections";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;

const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/** A recommendation still open after its due date (a calendar day in Vietnam). */
function isOverdue(rec: { status: string; dueDate: Date | null }, today: string): boolean {
  return !!rec.dueDate && (OPEN_STATUSES as readonly string[]).includes(rec.status) && rec.dueDate.toISOString().slice(0, 10) < today;
}

/** Units an inspection may target or a recommendation be addressed to: the school and centers of the board's province. */
function inspectableUnits(viewer: Viewer): Prisma.UnitWhereInput {
  return viewer.provinceId ? { provinceId: viewer.provinceId, kind: { in: ["SCHOOL", "CENTER"] }, status: "ACTIVE" } : { id: { in: [] } };
}

// ───────────────────────────── Reads ─────────────────────────────

/** Inspection plans in the viewer's scope, newest first, optionally of one year. */
export async function listInspectionPlans(viewer: Viewer, filter: { year?: number } = {}) {
  requirePermission(viewer, "inspections.read");
  const where: Prisma.InspectionPlanWhereInput = { AND: [inspectionScope(viewer, "read"), filter.year ? { year: filter.year } : {}] };
  const [rows, years] = await Promise.all([
    db.inspectionPlan.findMany({
      where,
      orderBy: [{ year: "desc" }, { startDate: "desc" }, { code: "asc" }],
      take: 200,
      select: {
        id: true,
        code: true,
        title: true,
        year: true,
        status: true,
        startDate: true,
        endDate: true,
        board: { select: { name: true } },
        targets: { select: { unit: { select: { id: true, name: true } } } },
        _count: { select: { visits: true } },
      },
    }),
    db.inspectionPlan.findMany({ where: inspectionScope(viewer, "read"), distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  return { rows, years: years.map((y) => y.year), canCreate: can(viewer, "inspections.write") };
}

/** The units a new plan may target, for the plan form. */
export async function listInspectableUnits(viewer: Viewer) {
  requirePermission(viewer, "inspections.write");
  return db.unit.findMany({ where: inspectableUnits(viewer), orderBy: [{ kind: "desc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
}

/** One plan with targets, team and the visits the viewer may see. */
export async function getInspectionPlan(viewer: Viewer, id: string) {
  requirePermission(viewer, "inspections.read");
  const plan = await db.inspectionPlan.findFirst({
    where: { id, ...inspectionScope(viewer, "read") },
    select: {
      id: true,
      code: true,
      title: true,
      year: true,
      status: true,
      issuedAt: true,
      startDate: true,
      endDate: true,
      content: true,
      board: { select: { id: true, name: true } },
      targets: { orderBy: { unit: { name: "asc" } }, select: { scheduledDate: true, unit: { select: { id: true, name: true } } } },
      team: { orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, position: true, role: true } },
      visits: {
        where: inspectionVisitScope(viewer, "read"),
        orderBy: [{ visitDate: "asc" }],
        select: { id: true, visitDate: true, findings: true, unit: { select: { id: true, name: true } }, _count: { select: { recommendations: true } } },
      },
    },
  });
  if (!plan) throw new NotFoundError("InspectionPlan");
  const canWrite = can(viewer, "inspections.write") && (await db.inspectionPlan.count({ where: { id, ...inspectionScope(viewer, "write") } })) > 0;
  return { ...plan, canWrite };
}

/** One visit with its recommendations and their follow-ups. */
export async function getInspectionVisit(viewer: Viewer, id: string) {
  requirePermission(viewer, "inspections.read");
  const visit = await db.inspectionVisit.findFirst({
    where: { id, ...inspectionVisitScope(viewer, "read") },
    select: {
      id: true,
      visitDate: true,
      reviewed: true,
      findings: true,
      strengths: true,
      shortcomings: true,
      conclusion: true,
      unit: { select: { id: true, name: true } },
      plan: { select: { id: true, code: true, title: true, status: true } },
      recommendations: {
        where: recommendationScope(viewer, "read"),
        orderBy: [{ createdAt: "asc" }],
        select: {
          id: true,
          content: true,
          dueDate: true,
          status: true,
          closedAt: true,
          responsible: { select: { id: true, name: true } },
          followUps: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, date: true, note: true, statusAfter: true, byUser: { select: { fullName: true } } } },
        },
      },
    },
  });
  if (!visit) throw new NotFoundError("InspectionVisit");
  const today = todayInVietnam();
  const canWrite = can(viewer, "inspections.write") && (await db.inspectionVisit.count({ where: { id, ...inspectionVisitScope(viewer, "write") } })) > 0;
  const reportable = can(viewer, "recommendations.report")
    ? new Set((await db.recommendation.findMany({ where: { visitId: id, ...recommendationScope(viewer, "write") }, select: { id: true } })).map((r) => r.id))
    : new Set<string>();
  return {
    ...visit,
    canWrite,
    recommendations: visit.recommendations.map((rec) => ({
      ...rec,
      overdue: isOverdue(rec, today),
      canReport: reportable.has(rec.id) && (OPEN_STATUSES as readonly string[]).includes(rec.status),
      canClose: canWrite && viewer.role === "PROVINCIAL_BOARD",
    })),
  };
}

/** Recommendations in the viewer's scope, the open ones by default, overdue first, then by due date. */
export async function listRecommendations(viewer: Viewer, filter: { open?: boolean } = { open: true }) {
  requirePermission(viewer, "inspections.read");
  const rows = await db.recommendation.findMany({
    where: { AND: [recommendationScope(viewer, "read"), filter.open === false ? {} : { status: { in: [...OPEN_STATUSES] } }] },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      content: true,
      dueDate: true,
      status: true,
      responsible: { select: { id: true, name: true } },
      visit: { select: { id: true, visitDate: true, plan: { select: { code: true, title: true } } } },
    },
  });
  const today = todayInVietnam();
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, today) }));
}

// ───────────────────────────── Writes ─────────────────────────────

async function planForWrite(tx: Tx, viewer: Viewer, id: string) {
  const plan = await tx.inspectionPlan.findFirst({ where: { id, ...inspectionScope(viewer, "write") } });
  if (!plan) throw new NotFoundError("InspectionPlan");
  return plan;
}

function rethrowDuplicateCode(error: unknown): never {
  const violation = constraintViolation(error);
  if (violation?.kind === "unique") throw new DomainValidationError({ code: "inspections.validation.duplicateCode" });
  throw error;
}

/** Creates a draft plan of the viewer's board with the units it inspects. */
export async function createInspectionPlan(viewer: Viewer, input: InspectionPlanInput): Promise<{ id: string }> {
  requirePermission(viewer, "inspections.write");
  if (viewer.role !== "PROVINCIAL_BOARD") throw new NotFoundError("Unit");
  try {
    return await db.$transaction(async (tx) => {
      const units = await tx.unit.findMany({ where: { id: { in: input.targetUnitIds }, ...inspectableUnits(viewer) }, select: { id: true } });
      if (units.length !== input.targetUnitIds.length) throw new DomainValidationError({ targetUnitIds: "inspections.validation.targets" });
      const duplicate = await tx.inspectionPlan.findFirst({ where: { boardUnitId: viewer.unitId, code: input.code }, select: { id: true } });
      if (duplicate) throw new DomainValidationError({ code: "inspections.validation.duplicateCode" });
      const { targetUnitIds, ...fields } = input;
      const created = await tx.inspectionPlan.create({
        data: { ...fields, boardUnitId: viewer.unitId, status: "DRAFT", targets: { create: targetUnitIds.map((unitId) => ({ unitId })) } },
      });
      await recordAudit(tx, viewer, { entity: "InspectionPlan", entityId: created.id, action: "CREATE", after: { ...created, targetUnitIds } });
      return { id: created.id };
    });
  } catch (error) {
    rethrowDuplicateCode(error);
  }
}

/** Adds a member to a draft plan's team. */
export async function addInspectionTeamMember(viewer: Viewer, planId: string, input: TeamMemberInput): Promise<{ id: string }> {
  requirePermission(viewer, "inspections.write");
  return db.$transaction(async (tx) => {
    const plan = await planForWrite(tx, viewer, planId);
    if (plan.status !== "DRAFT") throw new DomainValidationError({}, "inspections.errors.notDraft");
    if (input.role === "HEAD" && (await tx.inspectionTeamMember.count({ where: { planId, role: "HEAD" } })) > 0) {
      throw new DomainValidationError({ role: "inspections.validation.oneHead" });
    }
    const member = await tx.inspectionTeamMember.create({ data: { planId, ...input } });
    await recordAudit(tx, viewer, { entity: "InspectionTeamMember", entityId: member.id, action: "CREATE", after: member });
    return { id: member.id };
  });
}

/** Removes a member from a draft plan's team. */
export async function removeInspectionTeamMember(viewer: Viewer, memberId: string): Promise<{ planId: string }> {
  requirePermission(viewer, "inspections.write");
  return db.$transaction(async (tx) => {
    const member = await tx.inspectionTeamMember.findFirst({ where: { id: memberId, plan: inspectionScope(viewer, "write") }, include: { plan: { select: { status: true } } } });
    if (!member) throw new NotFoundError("InspectionTeamMember");
    if (member.plan.status !== "DRAFT") throw new DomainValidationError({}, "inspections.errors.notDraft");
    const { plan: _plan, ...before } = member;
    await tx.inspectionTeamMember.delete({ where: { id: member.id } });
    await recordAudit(tx, viewer, { entity: "InspectionTeamMember", entityId: member.id, action: "DELETE", before });
    return { planId: member.planId };
  });
}

const NEXT_STATUS: Partial<Record<InspectionStatus, InspectionStatus>> = { DRAFT: "ISSUED", IN_PROGRESS: "COMPLETED" };

async function movePlan(viewer: Viewer, id: string, to: "ISSUED" | "COMPLETED") {
  requirePermission(viewer, "inspections.write");
  return db.$transaction(async (tx) => {
    const before = await planForWrite(tx, viewer, id);
    if (NEXT_STATUS[before.status] !== to) throw new DomainValidationError({}, to === "ISSUED" ? "inspections.errors.notDraft" : "inspections.errors.notInProgress");
    if (to === "ISSUED" && (await tx.inspectionTeamMember.count({ where: { planId: id, role: "HEAD" } })) === 0) {
      throw new DomainValidationError({}, "inspections.errors.headRequired");
    }
    const after = await tx.inspectionPlan.update({
      where: { id: before.id },
      data: { status: to, ...(to === "ISSUED" && !before.issuedAt ? { issuedAt: new Date(`${todayInVietnam()}T00:00:00Z`) } : {}) },
    });
    await recordAudit(tx, viewer, { entity: "InspectionPlan", entityId: id, action: to === "ISSUED" ? "ISSUE" : "COMPLETE", before, after });
    return { id };
  });
}

/** Issues a draft plan (DRAFT → ISSUED); the team needs a head (trưởng đoàn). */
export async function issueInspectionPlan(viewer: Viewer, id: string) {
  return movePlan(viewer, id, "ISSUED");
}

/** Closes a plan whose visits are done (IN_PROGRESS → COMPLETED). */
export async function completeInspectionPlan(viewer: Viewer, id: string) {
  return movePlan(viewer, id, "COMPLETED");
}

/** Records a visit to one of the plan's targets within the plan's dates; the first visit starts the plan. */
export async function recordInspectionVisit(viewer: Viewer, planId: string, input: VisitInput): Promise<{ id: string }> {
  requirePermission(viewer, "inspections.write");
  return db.$transaction(async (tx) => {
    const plan = await planForWrite(tx, viewer, planId);
    if (plan.status !== "ISSUED" && plan.status !== "IN_PROGRESS") throw new DomainValidationError({}, "inspections.errors.notOpenForVisits");
    const target = await tx.inspectionTarget.findFirst({ where: { planId, unitId: input.unitId }, select: { id: true } });
    if (!target) throw new DomainValidationError({ unitId: "inspections.validation.notTarget" });
    if (input.visitDate < plan.startDate || input.visitDate > plan.endDate) throw new DomainValidationError({ visitDate: "inspections.validation.visitDate" });
    const visit = await tx.inspectionVisit.create({ data: { planId, ...input } });
    await recordAudit(tx, viewer, { entity: "InspectionVisit", entityId: visit.id, action: "CREATE", after: visit });
    if (plan.status === "ISSUED") {
      const after = await tx.inspectionPlan.update({ where: { id: plan.id }, data: { status: "IN_PROGRESS" } });
      await recordAudit(tx, viewer, { entity: "InspectionPlan", entityId: plan.id, action: "START", before: plan, after });
    }
    return { id: visit.id };
  });
}

/** Adds a recommendation (kiến nghị) of a visit, addressed to a school or center of the province. */
export async function addRecommendation(viewer: Viewer, visitId: string, input: RecommendationInput): Promise<{ id: string }> {
  requirePermission(viewer, "inspections.write");
  return db.$transaction(async (tx) => {
    const visit = await tx.inspectionVisit.findFirst({ where: { id: visitId, ...inspectionVisitScope(viewer, "write") }, select: { id: true, plan: { select: { status: true } } } });
    if (!visit) throw new NotFoundError("InspectionVisit");
    if (visit.plan.status === "COMPLETED") throw new DomainValidationError({}, "inspections.errors.completed");
    const unit = await tx.unit.findFirst({ where: { id: input.responsibleUnitId, ...inspectableUnits(viewer) }, select: { id: true } });
    if (!unit) throw new DomainValidationError({ responsibleUnitId: "inspections.validation.responsibleUnit" });
    const rec = await tx.recommendation.create({ data: { visitId, ...input } });
    await recordAudit(tx, viewer, { entity: "Recommendation", entityId: rec.id, action: "CREATE", after: rec });
    return { id: rec.id };
  });
}

/**
 * A follow-up of an open recommendation. The board may mark it done or cancelled; the responsible unit
 * reports progress only (the status stays or becomes IN_PROGRESS): closing is the board's decision.
 */
export async function addRecommendationFollowUp(viewer: Viewer, recommendationId: string, input: FollowUpInput): Promise<{ visitId: string }> {
  requirePermission(viewer, "recommendations.report");
  return db.$transaction(async (tx) => {
    const before = await tx.recommendation.findFirst({ where: { id: recommendationId, ...recommendationScope(viewer, "write") } });
    if (!before) throw new NotFoundError("Recommendation");
    if (!(OPEN_STATUSES as readonly string[]).includes(before.status)) throw new DomainValidationError({}, "inspections.errors.closed");
    if (input.statusAfter !== "IN_PROGRESS" && viewer.role !== "PROVINCIAL_BOARD") throw new DomainValidationError({ statusAfter: "inspections.validation.onlyBoardCloses" });
    const followUp = await tx.recommendationFollowUp.create({ data: { recommendationId, date: input.date, note: input.note, statusAfter: input.statusAfter, byUserId: viewer.userId } });
    const closing = input.statusAfter === "DONE" || input.statusAfter === "CANCELLED";
    const after = await tx.recommendation.update({ where: { id: before.id }, data: { status: input.statusAfter, closedAt: closing ? new Date() : null } });
    await recordAudit(tx, viewer, { entity: "RecommendationFollowUp", entityId: followUp.id, action: "CREATE", after: followUp });
    await recordAudit(tx, viewer, { entity: "Recommendation", entityId: before.id, action: closing ? "CLOSE" : "REPORT", before, after });
    return { visitId: before.visitId };
  });
}
