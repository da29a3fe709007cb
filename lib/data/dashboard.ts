import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/auth/permissions";
import { classScope, gradeSheetScope, learnerScope, userScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { ClassStatus } from "@/lib/generated/prisma/enums";

export interface HomeSummary {
  classesByStatus: Partial<Record<ClassStatus, number>>;
  learners: number | null;
  sheetsOpen: number | null;
  sheetsFinalized: number | null;
  users: number | null;
  lockedUsers: number | null;
  teaching: { className: string; classCode: string; subjectName: string }[];
}

/** The figures on a role's home page, each within the viewer's scope. */
export async function getHomeSummary(viewer: Viewer): Promise<HomeSummary> {
  const readsClasses = can(viewer, "classes.read");
  const [byStatus, learners, sheetsOpen, sheetsFinalized, users, lockedUsers, teaching] = await Promise.all([
    readsClasses ? db.trainingClass.groupBy({ by: ["status"], where: classScope(viewer, "read"), _count: { _all: true } }) : [],
    can(viewer, "learners.read") ? db.learner.count({ where: learnerScope(viewer, "read") }) : null,
    can(viewer, "grades.read") ? db.gradeSheet.count({ where: { ...gradeSheetScope(viewer, "read"), status: { not: "FINALIZED" } } }) : null,
    can(viewer, "grades.read") ? db.gradeSheet.count({ where: { ...gradeSheetScope(viewer, "read"), status: "FINALIZED" } }) : null,
    can(viewer, "users.manage") ? db.user.count({ where: userScope(viewer, "read") }) : null,
    can(viewer, "users.manage") ? db.user.count({ where: { ...userScope(viewer, "read"), lockedUntil: { gt: new Date() } } }) : null,
    viewer.role === "LECTURER"
      ? db.classSubjectAssignment.findMany({
          where: { lecturer: { userId: viewer.userId }, trainingClass: classScope(viewer, "read") },
          select: { trainingClass: { select: { name: true, code: true } }, subject: { select: { name: true } } },
          orderBy: [{ trainingClass: { startDate: "desc" } }],
          take: 50,
        })
      : [],
  ]);
  return {
    classesByStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])),
    learners,
    sheetsOpen,
    sheetsFinalized,
    users,
    lockedUsers,
    teaching: teaching.map((a) => ({ className: a.trainingClass.name, classCode: a.trainingClass.code, subjectName: a.subject.name })),
  };
}
