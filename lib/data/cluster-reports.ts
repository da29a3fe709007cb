import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportPeriod, ReportStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, requirePermission } from "@/lib/auth/permissions";
import { clusterReportScope, clusterSubmissionScope } from "@/lib/auth/scope";
import {
  CLUSTER_METRICS,
  clusterTotals,
  figureDifferences,
  figuresFromCounts,
  METRIC_CODES,
  periodRange,
  type FigureDifference,
  type Figures,
  type PeriodRange,
} from "@/lib/domain/cluster-figures";
import { db } from "@/lib/db";
import type { ClusterReportCreateInput, ClusterReportTextsInput, ClusterSubmissionInput, NarrativeInput } from "@/lib/validation/cluster-reports";
import { recordAudit } from "./audit";
import { DomainValidationError, NotFoundError } from "./errors";

type Client = Prisma.TransactionClient | typeof db;

const CLUSTER_ROLE_ORDER = { HEAD: 0, STANDING_DEPUTY: 1, DEPUTY: 2, MEMBER: 3 } as const;

// Computing eight schools' figures and freezing them is a handful of statements in one transaction.
const LONG_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/**
 * A school's figures for a period, counted in the database from its recorded data: its classes that ran
 * (in progress or finished) during the period and their enrolments (not withdrawn); its research outputs
 * (school or faculty, not cancelled) dated in the period, by kind and level; its lecturers' activities
 * started in the period, by kind and training target.
 */
async function computeSchoolFigures(client: Client, schoolId: string, range: PeriodRange): Promise<Figures> {
  const ownUnits: Prisma.UnitWhereInput = { OR: [{ id: schoolId }, { parentId: schoolId }] };
  const classWhere: Prisma.TrainingClassWhereInput = {
    schoolUnitId: schoolId,
    status: { in: ["IN_PROGRESS", "FINISHED"] },
    startDate: { lte: range.to },
    OR: [{ endDate: null }, { endDate: { gte: range.from } }],
  };
  const [classes, learners, research, activities] = await Promise.all([
    client.trainingClass.count({ where: classWhere }),
    client.enrolment.count({ where: { status: { not: "WITHDRAWN" }, trainingClass: classWhere } }),
    client.researchOutput.groupBy({
      by: ["kind", "level"],
      where: { unit: ownUnits, status: { not: "CANCELLED" }, date: { gte: range.from, lte: range.to } },
      _count: { _all: true },
    }),
    client.lecturerActivity.groupBy({
      by: ["kind", "trainingTarget"],
      where: { lecturer: { unit: ownUnits }, startDate: { gte: range.from, lte: range.to } },
      _count: { _all: true },
    }),
  ]);
  return figuresFromCounts({
    classes,
    learners,
    research: research.map((r) => ({ kind: r.kind, level: r.level, count: r._count._all })),
    activities: activities.map((a) => ({ kind: a.kind, target: a.trainingTarget, count: a._count._all })),
  });
}

const narrativeOf = (row: NarrativeInput) => ({ achievements: row.achievements, limitations: row.limitations, proposals: row.proposals, nextTasks: row.nextTasks });

function figureMaps(figures: { metric: string; computedValue: number; declaredValue: number | null }[]) {
  const computed: Figures = {};
  const declared: Record<string, number | null> = {};
  for (const f of figures) {
    computed[f.metric] = f.computedValue;
    declared[f.metric] = f.declaredValue;
  }
  for (const metric of METRIC_CODES) {
    computed[metric] ??= 0;
    declared[metric] ??= null;
  }
  return { computed, declared };
}

// ───────────────────────────── Reads ─────────────────────────────

/**
 * The clusters the viewer's school belongs to (by year, with its role), the reports it can read with who has
 * submitted, and the cluster years for which it is the head and no report of a period exists yet.
 */
export async function listClusterReports(viewer: Viewer) {
  requirePermission(viewer, "clusterReports.read");
  const schoolId = viewer.schoolId ?? "";
  const [memberships, reports] = await Promise.all([
    db.clusterMembership.findMany({
      where: { unitId: schoolId },
      orderBy: [{ year: "desc" }],
      select: { year: true, role: true, cluster: { select: { id: true, code: true, name: true } } },
    }),
    db.clusterReport.findMany({
      where: clusterReportScope(viewer, "read"),
      orderBy: [{ year: "desc" }, { period: "desc" }],
      select: {
        id: true,
        year: true,
        period: true,
        title: true,
        status: true,
        composerUnitId: true,
        cluster: { select: { id: true, name: true } },
        submissions: { select: { id: true, unitId: true, status: true, unit: { select: { name: true } } } },
      },
    }),
  ]);
  // The members of each report's cluster in its year (a school without a submission row has not started).
  const memberRows = await db.clusterMembership.findMany({
    where: { OR: reports.map((r) => ({ clusterId: r.cluster.id, year: r.year })).concat({ clusterId: "", year: 0 }) },
    select: { clusterId: true, year: true, unitId: true, unit: { select: { name: true } } },
  });
  const compose = can(viewer, "clusterReports.compose");
  const existing = new Set(reports.map((r) => `${r.cluster.id}|${r.year}|${r.period}`));
  return {
    memberships: memberships.map((m) => ({ clusterId: m.cluster.id, clusterName: m.cluster.name, clusterCode: m.cluster.code, year: m.year, role: m.role })),
    reports: reports.map((r) => {
      const composer = r.composerUnitId === schoolId;
      const own = r.submissions.find((s) => s.unitId === schoolId) ?? null;
      const submitted = new Set(r.submissions.filter((s) => s.status === "SUBMITTED").map((s) => s.unitId));
      const members = new Map(r.submissions.map((s) => [s.unitId, s.unit.name]));
      for (const m of memberRows) if (m.clusterId === r.cluster.id && m.year === r.year) members.set(m.unitId, m.unit.name);
      return {
        id: r.id,
        year: r.year,
        period: r.period,
        title: r.title,
        status: r.status,
        clusterName: r.cluster.name,
        composer,
        members: members.size,
        submitted: submitted.size,
        ownSubmission: own ? { id: own.id, status: own.status } : null,
        // Who has not submitted is the head's to follow up.
        notSubmitted: composer ? [...members].filter(([unitId]) => !submitted.has(unitId)).map(([, name]) => name).sort((a, b) => a.localeCompare(b, "vi")) : [],
      };
    }),
    /** Cluster years the viewer may open a report for, and the periods still free. */
    openable: compose
      ? memberships
          .filter((m) => m.role === "HEAD")
          .map((m) => ({
            clusterId: m.cluster.id,
            clusterName: m.cluster.name,
            year: m.year,
            periods: (["HALF_YEAR", "ANNUAL"] as ReportPeriod[]).filter((p) => !existing.has(`${m.cluster.id}|${m.year}|${p}`)),
          }))
          .filter((m) => m.periods.length > 0)
      : [],
  };
}

export interface SchoolRow {
  unitId: string;
  unitName: string;
  role: keyof typeof CLUSTER_ROLE_ORDER;
  submissionId: string | null;
  status: ReportStatus | "NONE";
  submittedAt: Date | null;
  computed: Figures;
  declared: Record<string, number | null>;
  differences: FigureDifference[];
}

/** The schools × metrics table: frozen figures for submitted parts, live computed ones for the others. */
async function compositionTable(client: Client, report: { id: string; clusterId: string; year: number; period: ReportPeriod }) {
  const range = periodRange(report.year, report.period);
  const [memberships, submissions] = await Promise.all([
    client.clusterMembership.findMany({
      where: { clusterId: report.clusterId, year: report.year },
      select: { role: true, unit: { select: { id: true, name: true } } },
    }),
    client.clusterReportSubmission.findMany({
      where: { reportId: report.id },
      select: { id: true, unitId: true, status: true, submittedAt: true, unit: { select: { id: true, name: true } }, figures: { select: { metric: true, computedValue: true, declaredValue: true } } },
    }),
  ]);
  const units = new Map<string, { id: string; name: string; role: SchoolRow["role"] }>();
  for (const m of memberships) units.set(m.unit.id, { ...m.unit, role: m.role });
  for (const s of submissions) if (!units.has(s.unitId)) units.set(s.unitId, { ...s.unit, role: "MEMBER" });
  const ordered = [...units.values()].sort((a, b) => CLUSTER_ROLE_ORDER[a.role] - CLUSTER_ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "vi"));

  const rows: SchoolRow[] = [];
  for (const unit of ordered) {
    const submission = submissions.find((s) => s.unitId === unit.id) ?? null;
    let computed: Figures;
    let declared: Record<string, number | null>;
    if (submission?.status === "SUBMITTED") {
      ({ computed, declared } = figureMaps(submission.figures));
    } else {
      computed = await computeSchoolFigures(client, unit.id, range);
      declared = figureMaps(submission?.figures ?? []).declared;
    }
    rows.push({
      unitId: unit.id,
      unitName: unit.name,
      role: unit.role,
      submissionId: submission?.id ?? null,
      status: submission?.status ?? "NONE",
      submittedAt: submission?.submittedAt ?? null,
      computed,
      declared,
      differences: figureDifferences(computed, declared),
    });
  }
  return { rows, totals: clusterTotals(rows) };
}

export type CompositionTable = Awaited<ReturnType<typeof compositionTable>>;

interface ReportSnapshot {
  table: CompositionTable;
  narrative: NarrativeInput;
  submittedAt: string;
}

/**
 * A cluster report: its members and who has submitted, the viewer's own part, and — for the composing
 * (head) school, or anyone once the report is submitted — the schools × metrics table with totals.
 */
export async function getClusterReport(viewer: Viewer, id: string) {
  requirePermission(viewer, "clusterReports.read");
  const report = await db.clusterReport.findFirst({
    where: { id, ...clusterReportScope(viewer, "read") },
    select: {
      id: true,
      clusterId: true,
      year: true,
      period: true,
      title: true,
      status: true,
      achievements: true,
      limitations: true,
      proposals: true,
      nextTasks: true,
      submittedAt: true,
      snapshot: true,
      composerUnitId: true,
      cluster: { select: { name: true, code: true } },
      composer: { select: { name: true } },
      submissions: { where: { unitId: viewer.schoolId ?? "" }, select: { id: true, status: true } },
    },
  });
  if (!report) throw new NotFoundError("ClusterReport");
  const composer = report.composerUnitId === viewer.schoolId;
  const snapshot = report.status === "SUBMITTED" ? (report.snapshot as unknown as ReportSnapshot | null) : null;
  const table = snapshot ? reviveTable(snapshot.table) : composer || report.status === "SUBMITTED" ? await compositionTable(db, report) : null;
  const narrative = snapshot?.narrative ?? narrativeOf(report);
  return {
    id: report.id,
    year: report.year,
    period: report.period,
    title: report.title,
    status: report.status,
    submittedAt: report.submittedAt,
    clusterName: report.cluster.name,
    composerName: report.composer.name,
    composer,
    narrative,
    ownSubmission: report.submissions[0] ?? null,
    table,
    can: { compose: composer && report.status === "DRAFT" && can(viewer, "clusterReports.compose") },
  };
}

export type ClusterReportView = Awaited<ReturnType<typeof getClusterReport>>;

function reviveTable(table: CompositionTable): CompositionTable {
  return { ...table, rows: table.rows.map((row) => ({ ...row, submittedAt: row.submittedAt ? new Date(row.submittedAt) : null })) };
}

/** One school's part: its figures (frozen once submitted, else computed now), its declared totals and texts. */
export async function getClusterSubmission(viewer: Viewer, id: string) {
  requirePermission(viewer, "clusterReports.read");
  const submission = await db.clusterReportSubmission.findFirst({
    where: { id, ...clusterSubmissionScope(viewer, "read") },
    select: {
      id: true,
      unitId: true,
      status: true,
      achievements: true,
      limitations: true,
      proposals: true,
      nextTasks: true,
      submittedAt: true,
      unit: { select: { name: true } },
      submittedBy: { select: { fullName: true } },
      figures: { select: { metric: true, computedValue: true, declaredValue: true } },
      report: { select: { id: true, year: true, period: true, title: true, status: true, cluster: { select: { name: true } } } },
    },
  });
  if (!submission) throw new NotFoundError("ClusterReportSubmission");
  const stored = figureMaps(submission.figures);
  const computed =
    submission.status === "SUBMITTED" ? stored.computed : await computeSchoolFigures(db, submission.unitId, periodRange(submission.report.year, submission.report.period));
  const editable =
    can(viewer, "clusterReports.write") && (await db.clusterReportSubmission.count({ where: { id, ...clusterSubmissionScope(viewer, "write") } })) > 0;
  return {
    id: submission.id,
    unitName: submission.unit.name,
    status: submission.status,
    submittedAt: submission.submittedAt,
    submittedByName: submission.submittedBy?.fullName ?? null,
    report: { id: submission.report.id, year: submission.report.year, period: submission.report.period, title: submission.report.title, status: submission.report.status, clusterName: submission.report.cluster.name },
    narrative: narrativeOf(submission),
    metrics: CLUSTER_METRICS.map((m) => ({ metric: m.metric, group: m.group, computed: computed[m.metric] ?? 0, declared: stored.declared[m.metric] ?? null })),
    differences: figureDifferences(computed, stored.declared),
    can: { edit: editable },
  };
}

export type ClusterSubmissionView = Awaited<ReturnType<typeof getClusterSubmission>>;

// ───────────────────────────── Writes ─────────────────────────────

/**
 * Opens a cluster's report for a year and period: only the leadership of the school that heads the cluster
 * that year, with one submission for each school that is a member that year.
 */
export async function createClusterReport(viewer: Viewer, input: ClusterReportCreateInput): Promise<{ id: string }> {
  requirePermission(viewer, "clusterReports.compose");
  return db.$transaction(async (tx) => {
    const head = await tx.clusterMembership.findFirst({
      where: { clusterId: input.clusterId, year: input.year, role: "HEAD", unitId: viewer.schoolId ?? "" },
      select: { cluster: { select: { name: true } } },
    });
    if (!head) throw new NotFoundError("EmulationCluster");
    const exists = await tx.clusterReport.count({ where: { clusterId: input.clusterId, year: input.year, period: input.period } });
    if (exists > 0) throw new DomainValidationError({ period: "cluster.validation.reportExists" }, "cluster.validation.reportExists");
    const members = await tx.clusterMembership.findMany({ where: { clusterId: input.clusterId, year: input.year }, select: { unitId: true } });
    const title =
      input.period === "HALF_YEAR"
        ? `Báo cáo sơ kết phong trào thi đua 6 tháng đầu năm ${input.year}`
        : `Báo cáo tổng kết phong trào thi đua năm ${input.year}`;
    const report = await tx.clusterReport.create({
      data: { clusterId: input.clusterId, year: input.year, period: input.period, composerUnitId: viewer.schoolId!, title },
      select: { id: true, clusterId: true, year: true, period: true, title: true, status: true },
    });
    await tx.clusterReportSubmission.createMany({ data: members.map((m) => ({ reportId: report.id, unitId: m.unitId })) });
    await recordAudit(tx, viewer, { entity: "ClusterReport", entityId: report.id, action: "create", after: { ...report, members: members.length } });
    return { id: report.id };
  });
}

/**
 * Saves a school's part (declared totals and texts) while it and the report are drafts; with `submit`, also
 * freezes it: the computed figures of this moment are stored beside the declared ones, with a snapshot.
 */
export async function saveClusterSubmission(viewer: Viewer, input: ClusterSubmissionInput): Promise<{ id: string; reportId: string; submitted: boolean }> {
  requirePermission(viewer, "clusterReports.write");
  const submit = input.intent === "submit";
  return db.$transaction(async (tx) => {
    const before = await tx.clusterReportSubmission.findFirst({
      where: { id: input.submissionId, ...clusterSubmissionScope(viewer, "write") },
      select: {
        id: true,
        unitId: true,
        reportId: true,
        status: true,
        achievements: true,
        limitations: true,
        proposals: true,
        nextTasks: true,
        report: { select: { year: true, period: true } },
        figures: { select: { metric: true, computedValue: true, declaredValue: true } },
      },
    });
    if (!before) throw new NotFoundError("ClusterReportSubmission");
    const computed = await computeSchoolFigures(tx, before.unitId, periodRange(before.report.year, before.report.period));
    const narrative = narrativeOf(input);
    const submittedAt = submit ? new Date() : null;
    for (const metric of METRIC_CODES) {
      const declaredValue = input.declared[metric] ?? null;
      await tx.clusterReportFigure.upsert({
        where: { submissionId_metric: { submissionId: before.id, metric } },
        create: { submissionId: before.id, metric, computedValue: computed[metric] ?? 0, declaredValue },
        update: { computedValue: computed[metric] ?? 0, declaredValue },
      });
    }
    const snapshot = submit
      ? ({ figures: Object.fromEntries(METRIC_CODES.map((m) => [m, { computed: computed[m] ?? 0, declared: input.declared[m] ?? null }])), narrative, submittedAt: submittedAt!.toISOString() } as Prisma.InputJsonValue)
      : undefined;
    const after = await tx.clusterReportSubmission.update({
      where: { id: before.id },
      data: { ...narrative, ...(submit ? { status: "SUBMITTED", submittedAt, submittedById: viewer.userId, snapshot } : {}) },
      select: { id: true, status: true, achievements: true, limitations: true, proposals: true, nextTasks: true },
    });
    const declaredBefore = Object.fromEntries(before.figures.map((f) => [f.metric, f.declaredValue]));
    await recordAudit(tx, viewer, {
      entity: "ClusterReportSubmission",
      entityId: before.id,
      action: submit ? "submit" : "update",
      before: { status: before.status, ...narrativeOf(before), declared: declaredBefore },
      after: { status: after.status, ...narrativeOf(after), declared: input.declared },
    });
    return { id: before.id, reportId: before.reportId, submitted: submit };
  }, LONG_TRANSACTION);
}

/**
 * Saves the head's narrative of a draft report; with `submit`, freezes the report: the table of every
 * school's figures (frozen parts as submitted, the others as computed now) and the texts go to its snapshot.
 */
export async function saveClusterReport(viewer: Viewer, input: ClusterReportTextsInput): Promise<{ id: string; submitted: boolean }> {
  requirePermission(viewer, "clusterReports.compose");
  const submit = input.intent === "submit";
  return db.$transaction(async (tx) => {
    const before = await tx.clusterReport.findFirst({
      where: { id: input.reportId, ...clusterReportScope(viewer, "write") },
      select: { id: true, clusterId: true, year: true, period: true, status: true, achievements: true, limitations: true, proposals: true, nextTasks: true },
    });
    if (!before) throw new NotFoundError("ClusterReport");
    const narrative = narrativeOf(input);
    let frozen: { status: "SUBMITTED"; submittedAt: Date; snapshot: Prisma.InputJsonValue } | Record<string, never> = {};
    if (submit) {
      const submittedAt = new Date();
      const table = await compositionTable(tx, before);
      const snapshot: ReportSnapshot = { table, narrative, submittedAt: submittedAt.toISOString() };
      frozen = { status: "SUBMITTED", submittedAt, snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue };
    }
    const after = await tx.clusterReport.update({
      where: { id: before.id },
      data: { ...narrative, ...frozen },
      select: { id: true, status: true, achievements: true, limitations: true, proposals: true, nextTasks: true },
    });
    await recordAudit(tx, viewer, {
      entity: "ClusterReport",
      entityId: before.id,
      action: submit ? "submit" : "update",
      before: { status: before.status, ...narrativeOf(before) },
      after: { status: after.status, ...narrativeOf(after) },
    });
    return { id: before.id, submitted: submit };
  }, LONG_TRANSACTION);
}
