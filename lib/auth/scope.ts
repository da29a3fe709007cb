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
