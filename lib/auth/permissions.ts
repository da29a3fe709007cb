import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "./viewer-types";
import { ForbiddenError } from "@/lib/data/errors";

// What each role may do at all; which rows it may do it to is lib/auth/scope.ts. Deny by default:
// a permission lists the roles that have it, and a role that is not listed has nothing.
export const PERMISSIONS = {
  "units.manage": ["ADMIN"],
  "users.manage": ["ADMIN", "SCHOOL_LEADERSHIP"],
  "audit.read": ["ADMIN", "SCHOOL_LEADERSHIP"],
  "learners.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "LECTURER", "CENTER_STAFF", "PROVINCIAL_BOARD"],
  "learners.write": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "CENTER_STAFF"],
  "classes.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "LECTURER", "CENTER_STAFF", "PROVINCIAL_BOARD"],
  "classes.write": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE"],
  "grades.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "LECTURER", "CENTER_STAFF", "PROVINCIAL_BOARD"],
  "grades.enter": ["TRAINING_OFFICE", "LECTURER", "CENTER_STAFF"],
  "grades.finalize": ["SCHOOL_LEADERSHIP"],
  "plans.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "PROVINCIAL_BOARD"],
  "plans.write": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE"],
  "plans.approve": ["SCHOOL_LEADERSHIP"],
  "classes.approve": ["SCHOOL_LEADERSHIP"],
  "enrolments.write": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "CENTER_STAFF"],
  "attendance.write": ["TRAINING_OFFICE", "LECTURER", "CENTER_STAFF"],
  "dashboards.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "PROVINCIAL_BOARD"],
  "inspections.read": ["PROVINCIAL_BOARD", "SCHOOL_LEADERSHIP", "TRAINING_OFFICE", "CENTER_STAFF"],
  "inspections.write": ["PROVINCIAL_BOARD"],
  "recommendations.report": ["PROVINCIAL_BOARD", "SCHOOL_LEADERSHIP", "CENTER_STAFF"],
  "clusterReports.read": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE"],
  "clusterReports.write": ["SCHOOL_LEADERSHIP", "TRAINING_OFFICE"],
  "clusterReports.compose": ["SCHOOL_LEADERSHIP"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(viewer: Pick<Viewer, "role"> | null | undefined, permission: Permission): boolean {
  return !!viewer && (PERMISSIONS[permission] as readonly Role[]).includes(viewer.role);
}

export function requirePermission(viewer: Pick<Viewer, "role"> | null | undefined, permission: Permission): void {
  if (!can(viewer, permission)) throw new ForbiddenError(permission);
}
