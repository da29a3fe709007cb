import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requirePermission } from "@/lib/auth/permissions";
import { progressClassScope, progressPlanScope } from "@/lib/auth/scope";
import { shapePlanProgress, type ActualFigure, type PlannedFigure } from "@/lib/domain/plan-progress";
import { db } from "@/lib/db";
import { ACTIVE_ENROLMENT } from "./classes";

function yearBounds(year: number) {
  return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
}

const key = (hostUnitId: string | null, programId: string) => `${hostUnitId ?? ""}|${programId}`;

/**
 * Plan versus actual for a year, by host unit and by program. Everything is summed in the database: plan
 * lines and class counts by groupBy, learners as one count per class (never a row per learner), so a
 * province's ~20,000 learners a year cost a few hundred rows.
 */
export async function getPlanProgress(viewer: Viewer, year: number) {
  requirePermission(viewer, "dashboards.read");
  const { first, last } = yearBounds(year);
  const classScope = progressClassScope(viewer);
  const opened: Prisma.TrainingClassWhereInput = { AND: [classScope, { status: { in: ["IN_PROGRESS", "FINISHED"] }, startDate: { gte: first, lte: last } }] };
  const lineWhere: Prisma.PlanLineWhereInput = { plan: { AND: [progressPlanScope(viewer), { year, status: "APPROVED" }] } };

  const [planned, openedGroups, finishedGroups, cancelledGroups, enrolled, reasons] = await Promise.all([
    db.planLine.groupBy({
      by: ["hostUnitId", "programId", "fundingSource", "outcome"],
      where: lineWhere,
      _sum: { plannedClasses: true, plannedLearners: true, notDoneClasses: true, notDoneLearners: true },
    }),
    db.trainingClass.groupBy({ by: ["hostUnitId", "programId"], where: opened, _count: { _all: true } }),
    db.trainingClass.groupBy({
      by: ["hostUnitId", "programId"],
      where: { AND: [opened, { status: "FINISHED", endDate: { lte: last } }] },
      _count: { _all: true },
    }),
    db.trainingClass.groupBy({
      by: ["hostUnitId", "programId"],
      where: {
        AND: [
          classScope,
          { status: "CANCELLED" },
          // A class cancelled before it started belongs to its plan's year.
          { OR: [{ startDate: { gte: first, lte: last } }, { startDate: null, planLine: { plan: { year } } }] },
        ],
      },
      _count: { _all: true },
    }),
    db.trainingClass.findMany({ where: opened, select: { hostUnitId: true, programId: true, _count: { select: { enrolments: { where: ACTIVE_ENROLMENT } } } } }),
    db.planLine.findMany({
      where: { AND: [lineWhere, { outcomeReason: { not: null } }, { OR: [{ outcome: { in: ["NOT_CARRIED_OUT", "PARTIAL", "CARRIED_OVER"] } }, { notDoneClasses: { gt: 0 } }] }] },
      orderBy: [{ program: { name: "asc" } }],
      take: 200,
      select: {
        id: true,
        outcome: true,
        notDoneClasses: true,
        notDoneLearners: true,
        outcomeReason: true,
        program: { select: { name: true } },
        host: { select: { name: true } },
      },
    }),
  ]);

  const actual = new Map<string, ActualFigure>();
  const figure = (hostUnitId: string, programId: string) => {
    const k = key(hostUnitId, programId);
    let f = actual.get(k);
    if (!f) actual.set(k, (f = { hostUnitId, programId, opened: 0, finished: 0, cancelled: 0, learners: 0 }));
    return f;
  };
  for (const g of openedGroups) figure(g.hostUnitId, g.programId).opened = g._count._all;
  for (const g of finishedGroups) figure(g.hostUnitId, g.programId).finished = g._count._all;
  for (const g of cancelledGroups) figure(g.hostUnitId, g.programId).cancelled = g._count._all;
  for (const c of enrolled) figure(c.hostUnitId, c.programId).learners += c._count.enrolments;

  const plannedFigures: PlannedFigure[] = planned.map((p) => ({
    hostUnitId: p.hostUnitId,
    programId: p.programId,
    fundingSource: p.fundingSource,
    plannedClasses: p._sum.plannedClasses ?? 0,
    plannedLearners: p._sum.plannedLearners ?? 0,
    // A line moved whole to next year (CARRIED_OVER) is postponed, not "not carried out"; its reason is listed.
    notDoneClasses: p.outcome === "CARRIED_OVER" ? 0 : (p._sum.notDoneClasses ?? 0),
    notDoneLearners: p.outcome === "CARRIED_OVER" ? 0 : (p._sum.notDoneLearners ?? 0),
  }));

  const unitIds = new Set<string>();
  const programIds = new Set<string>();
  for (const f of [...plannedFigures, ...actual.values()]) {
    if (f.hostUnitId) unitIds.add(f.hostUnitId);
    programIds.add(f.programId);
  }
  const [units, programs] = await Promise.all([
    db.unit.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true, name: true } }),
    db.program.findMany({ where: { id: { in: [...programIds] } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...units, ...programs].map((row) => [row.id, row.name]));
  return { year, ...shapePlanProgress(plannedFigures, [...actual.values()], names, "—"), reasons };
}

/** The years that have an approved plan or a started class in the viewer's scope, newest first, with the current year. */
export async function listProgressYears(viewer: Viewer, currentYear: number): Promise<number[]> {
  requirePermission(viewer, "dashboards.read");
  const [plans, span] = await Promise.all([
    db.annualPlan.findMany({ where: { AND: [progressPlanScope(viewer), { status: "APPROVED" }] }, distinct: ["year"], select: { year: true } }),
    db.trainingClass.aggregate({ where: progressClassScope(viewer), _min: { startDate: true }, _max: { startDate: true } }),
  ]);
  const years = new Set<number>([currentYear, ...plans.map((p) => p.year)]);
  const from = span._min.startDate?.getUTCFullYear();
  const to = span._max.startDate?.getUTCFullYear();
  if (from && to) for (let y = from; y <= to; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
