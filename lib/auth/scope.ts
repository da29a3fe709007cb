import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "./viewer-types";

// Scoping in one place: for a viewer, the Prisma `where` fragment of the rows of each entity it may read or
// change. Every data function spreads it into its `where`, reads and writes alike. An unknown role, or a
// viewer without the unit facts a rule needs, matches nothing.

export type Access = "read" | "write";

const NOTHING = { id: { in: [] as string[] } };

/** Units of the viewer's school: the school itself and its faculties and offices. */
function schoolUnits(viewer: Viewer): Prisma.UnitWhereInput {
  return viewer.schoolUnitIds.length > 0 ? { id: { in: viewer.schoolUnitIds } } : NOTHING;
}

function inProvince(viewer: Viewer): Prisma.UnitWhereInput {
  return viewer.provinceId ? { provinceId: viewer.provinceId } : NOTHING;
}

export function unitScope(viewer: Viewer, access: Access): Prisma.UnitWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
    case "LECTURER":
    case "PROVINCIAL_BOARD":
    case "CENTER_STAFF":
      return access === "read" ? { OR: [{ id: viewer.unitId }, inProvince(viewer)] } : NOTHING;
    default:
      return NOTHING;
  }
}

export function classScope(viewer: Viewer, access: Access): Prisma.TrainingClassWhereInput {
  switch (viewer.role) {
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      if (!viewer.schoolId) return NOTHING;
      // A school sees its own classes and every class held in its province; it changes only its own.
      return access === "read"
        ? { OR: [{ schoolUnitId: viewer.schoolId }, { host: inProvince(viewer) }] }
        : { schoolUnitId: viewer.schoolId };
    case "LECTURER":
      return access === "read" && viewer.schoolId ? { schoolUnitId: viewer.schoolId } : NOTHING;
    case "CENTER_STAFF":
      // Centers run enrolment, attendance and grading of the classes they host.
      return { hostUnitId: viewer.unitId };
    case "PROVINCIAL_BOARD":
      return access === "read" && viewer.provinceId
        ? { OR: [{ host: inProvince(viewer) }, { school: inProvince(viewer) }] }
        : NOTHING;
    default:
      return NOTHING;
  }
}

export function learnerScope(viewer: Viewer, access: Access): Prisma.LearnerWhereInput {
  switch (viewer.role) {
    case "CENTER_STAFF":
      return access === "read"
        ? { OR: [{ homeUnitId: viewer.unitId }, { enrolments: { some: { trainingClass: { hostUnitId: viewer.unitId } } } }] }
        : { homeUnitId: viewer.unitId };
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      if (!viewer.schoolId) return NOTHING;
      return access === "read"
        ? { OR: [{ homeUnit: inProvince(viewer) }, { enrolments: { some: { trainingClass: { schoolUnitId: viewer.schoolId } } } }] }
        : { OR: [{ homeUnitId: viewer.schoolId }, { enrolments: { some: { trainingClass: { schoolUnitId: viewer.schoolId } } } }] };
    case "LECTURER":
      // Personal data only of the learners in the classes the lecturer teaches.
      return access === "read" && viewer.schoolId
        ? { enrolments: { some: { trainingClass: { schoolUnitId: viewer.schoolId, assignments: { some: { lecturer: { userId: viewer.userId } } } } } } }
        : NOTHING;
    case "PROVINCIAL_BOARD":
      // Registered in the province, or studying in a class the board can see (learners from elsewhere).
      return access === "read" && viewer.provinceId
        ? { OR: [{ homeUnit: inProvince(viewer) }, { enrolments: { some: { trainingClass: classScope(viewer, "read") } } }] }
        : NOTHING;
    default:
      return NOTHING;
  }
}

export function enrolmentScope(viewer: Viewer, access: Access): Prisma.EnrolmentWhereInput {
  return { trainingClass: classScope(viewer, access) };
}

export function gradeSheetScope(viewer: Viewer, access: Access): Prisma.GradeSheetWhereInput {
  if (access === "read") return { trainingClass: classScope(viewer, "read") };
  switch (viewer.role) {
    case "CENTER_STAFF":
      return { trainingClass: { hostUnitId: viewer.unitId } };
    case "TRAINING_OFFICE":
    case "SCHOOL_LEADERSHIP":
      return viewer.schoolId ? { trainingClass: { schoolUnitId: viewer.schoolId } } : NOTHING;
    case "LECTURER":
      // Only the subjects the lecturer teaches in that class.
      return viewer.teaching.length > 0 && viewer.schoolId
        ? { trainingClass: { schoolUnitId: viewer.schoolId }, OR: viewer.teaching.map(({ classId, subjectId }) => ({ classId, subjectId })) }
        : NOTHING;
    default:
      return NOTHING;
  }
}

export function gradeScope(viewer: Viewer, access: Access): Prisma.GradeWhereInput {
  return { sheet: gradeSheetScope(viewer, access) };
}

/** Accounts: administrators manage all; school leadership manages the accounts of its own school's units. */
export function userScope(viewer: Viewer, access: Access): Prisma.UserWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "SCHOOL_LEADERSHIP": {
      const own: Prisma.UserWhereInput = { roles: { some: { unit: schoolUnits(viewer) } } };
      // A leader may not manage someone who also holds a role outside the school (e.g. an administrator).
      return access === "read" ? own : { AND: [own, { roles: { every: { unit: schoolUnits(viewer) } } }] };
    }
    default:
      return access === "read" ? { id: viewer.userId } : NOTHING;
  }
}

/** The units in which a viewer may give roles to accounts. */
export function assignableUnitScope(viewer: Viewer): Prisma.UnitWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "SCHOOL_LEADERSHIP":
      return schoolUnits(viewer);
    default:
      return NOTHING;
  }
}

export function auditScope(viewer: Viewer): Prisma.AuditLogWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "SCHOOL_LEADERSHIP":
      // What was done by people acting in the school's own units.
      return { unitId: { in: viewer.schoolUnitIds } };
    default:
      return { id: { in: [] } };
  }
}

/**
 * Annual plans: a school's leadership and training office read their own school's plans and change them
 * while DRAFT or SUBMITTED; the board reads the plans of the schools of its province.
 */
export function planScope(viewer: Viewer, access: Access): Prisma.AnnualPlanWhereInput {
  switch (viewer.role) {
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      if (!viewer.schoolId) return NOTHING;
      return access === "read" ? { schoolUnitId: viewer.schoolId } : { schoolUnitId: viewer.schoolId, status: { in: ["DRAFT", "SUBMITTED"] } };
    case "PROVINCIAL_BOARD":
      return access === "read" && viewer.provinceId ? { school: inProvince(viewer) } : NOTHING;
    default:
      return NOTHING;
  }
}

/** The approved plans whose lines' outcomes (done, carried over, not carried out) a school records. */
export function planOutcomeScope(viewer: Viewer): Prisma.AnnualPlanWhereInput {
  switch (viewer.role) {
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return viewer.schoolId ? { schoolUnitId: viewer.schoolId, status: "APPROVED" } : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * Emulation-cluster reports. A school's leadership and training office read the reports their school takes
 * part in: the ones it composes (the head school) and the ones it has a submission in (a report opens with one
 * submission per school that is a member of the cluster in the report's year). "write" is composing: only
 * the composing school's leadership (clusterReports.compose), and only while the report is a draft.
 */
export function clusterReportScope(viewer: Viewer, access: Access): Prisma.ClusterReportWhereInput {
  if (!viewer.schoolId) return NOTHING;
  switch (viewer.role) {
    case "SCHOOL_LEADERSHIP":
      return access === "read"
        ? { OR: [{ composerUnitId: viewer.schoolId }, { submissions: { some: { unitId: viewer.schoolId } } }] }
        : { composerUnitId: viewer.schoolId, status: "DRAFT" };
    case "TRAINING_OFFICE":
      return access === "read" ? { OR: [{ composerUnitId: viewer.schoolId }, { submissions: { some: { unitId: viewer.schoolId } } }] } : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * A school's part of a cluster report: read by the school itself and by the composing (head) school; written
 * by the school itself while both its part and the report are drafts.
 */
export function clusterSubmissionScope(viewer: Viewer, access: Access): Prisma.ClusterReportSubmissionWhereInput {
  if (!viewer.schoolId) return NOTHING;
  switch (viewer.role) {
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return access === "read"
        ? { OR: [{ unitId: viewer.schoolId }, { report: { composerUnitId: viewer.schoolId } }] }
        : { unitId: viewer.schoolId, status: "DRAFT", report: { status: "DRAFT" } };
    default:
      return NOTHING;
  }
}

// ───────────────────────────── Plan progress and inspections ─────────────────────────────

/** Annual plans counted on the plan-progress dashboard: the board's whole province, a school's own plans. */
export function progressPlanScope(viewer: Viewer): Prisma.AnnualPlanWhereInput {
  switch (viewer.role) {
    case "PROVINCIAL_BOARD":
      return viewer.provinceId ? { school: inProvince(viewer) } : NOTHING;
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return viewer.schoolId ? { schoolUnitId: viewer.schoolId } : NOTHING;
    default:
      return NOTHING;
  }
}

/** Classes counted on the plan-progress dashboard, matching progressPlanScope: what was done against those plans. */
export function progressClassScope(viewer: Viewer): Prisma.TrainingClassWhereInput {
  switch (viewer.role) {
    case "PROVINCIAL_BOARD":
      return viewer.provinceId ? { school: inProvince(viewer) } : NOTHING;
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return viewer.schoolId ? { schoolUnitId: viewer.schoolId } : NOTHING;
    default:
      return NOTHING;
  }
}

/** The units a viewer answers for in inspections: a center itself, a school's staff the school and its units. */
function inspectedUnits(viewer: Viewer): Prisma.UnitWhereInput | null {
  switch (viewer.role) {
    case "CENTER_STAFF":
      return { id: viewer.unitId };
    case "SCHOOL_LEADERSHIP":
    case "TRAINING_OFFICE":
      return viewer.schoolUnitIds.length > 0 ? { id: { in: viewer.schoolUnitIds } } : null;
    default:
      return null;
  }
}

/**
 * Inspection plans: the board writes its own board's plans and reads every plan of its province; an
 * inspected unit reads the issued plans that target it (a draft is the board's working paper).
 */
export function inspectionScope(viewer: Viewer, access: Access): Prisma.InspectionPlanWhereInput {
  if (viewer.role === "PROVINCIAL_BOARD") {
    if (access === "write") return { boardUnitId: viewer.unitId };
    return viewer.provinceId ? { OR: [{ boardUnitId: viewer.unitId }, { board: inProvince(viewer) }] } : { boardUnitId: viewer.unitId };
  }
  const units = inspectedUnits(viewer);
  if (!units || access === "write") return NOTHING;
  return { status: { not: "DRAFT" }, targets: { some: { unit: units } } };
}

/** Visits: the board's through its plans; an inspected unit reads the visits made to itself. */
export function inspectionVisitScope(viewer: Viewer, access: Access): Prisma.InspectionVisitWhereInput {
  if (viewer.role === "PROVINCIAL_BOARD") return { plan: inspectionScope(viewer, access) };
  const units = inspectedUnits(viewer);
  if (!units || access === "write") return NOTHING;
  return { unit: units };
}

/**
 * Recommendations: the board reads its province's and decides on its own board's; the responsible unit reads
 * those addressed to it and reports progress on them ("write" for it means reporting, which the data layer
 * limits to an in-progress note).
 */
export function recommendationScope(viewer: Viewer, access: Access): Prisma.RecommendationWhereInput {
  if (viewer.role === "PROVINCIAL_BOARD") return { visit: { plan: inspectionScope(viewer, access) } };
  const units = inspectedUnits(viewer);
  if (!units) return NOTHING;
  return { responsible: units };
}

/**
 * Timetable sessions whose attendance the viewer may see or take: those of the classes the viewer's unit
 * runs (classScope), and for a lecturer only the sessions they teach in their school's classes.
 */
export function attendanceSessionScope(viewer: Viewer, access: Access): Prisma.TimetableSessionWhereInput {
  switch (viewer.role) {
    case "CENTER_STAFF":
    case "TRAINING_OFFICE":
    case "SCHOOL_LEADERSHIP":
      return { trainingClass: classScope(viewer, access) };
    case "LECTURER":
      return viewer.schoolId ? { trainingClass: { schoolUnitId: viewer.schoolId }, lecturer: { userId: viewer.userId } } : NOTHING;
    default:
      return NOTHING;
  }
}
