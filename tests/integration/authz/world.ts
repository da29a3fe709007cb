import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { loadViewer } from "@/lib/data/auth";
import { makeClass, makeGrade, makeLearner, makeProvince, makeUser } from "@/tests/support/factories";

/** The people of the authorization matrix: one of every role, and a second center to cross into. */
export const VIEWER_KEYS = ["admin", "leadership", "office", "lecturer", "centerA", "centerB", "board", "otherProvinceSchool"] as const;
export type ViewerKey = (typeof VIEWER_KEYS)[number];

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * A province whose center A hosts a class of the school, with a learner registered at center A, enrolled
 * and graded; a lecturer who teaches that class's first subject; and a second province's school.
 */
export async function buildWorld(prisma: PrismaClient) {
  const units = await makeProvince(prisma, "Tỉnh Ma Trận");
  const other = await makeProvince(prisma, "Tỉnh Khác");
  const { trainingClass, program } = await makeClass(prisma, { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
  const learner = await makeLearner(prisma, units.centerA.id, "Nông Văn Hải");
  const { enrolment, sheet, grade } = await makeGrade(prisma, { classId: trainingClass.id, subjectId: program.subjects[0].id, learnerId: learner.id, score: 7 });

  const users = {
    admin: await makeUser(prisma, { role: "ADMIN", unitId: units.province.id, fullName: "Quản Trị Viên" }),
    leadership: await makeUser(prisma, { role: "SCHOOL_LEADERSHIP", unitId: units.school.id, fullName: "Dương Thị Hồng Vân" }),
    office: await makeUser(prisma, { role: "TRAINING_OFFICE", unitId: units.school.id, fullName: "Lê Văn Đào" }),
    lecturer: await makeUser(prisma, { role: "LECTURER", unitId: units.faculty.id, fullName: "Phạm Anh Tuấn" }),
    centerA: await makeUser(prisma, { role: "CENTER_STAFF", unitId: units.centerA.id, fullName: "Vi Thị Mai" }),
    centerB: await makeUser(prisma, { role: "CENTER_STAFF", unitId: units.centerB.id, fullName: "Lộc Văn Bình" }),
    board: await makeUser(prisma, { role: "PROVINCIAL_BOARD", unitId: units.board.id, fullName: "Nguyễn Trọng Sơn" }),
    otherProvinceSchool: await makeUser(prisma, { role: "TRAINING_OFFICE", unitId: other.school.id, fullName: "Hoàng Văn Khác" }),
  };
  const lecturer = await prisma.lecturer.create({
    data: { unitId: units.faculty.id, userId: users.lecturer.id, fullName: "Phạm Anh Tuấn", sortKey: "tuan", kind: "FULL_TIME" },
  });
  await prisma.classSubjectAssignment.create({ data: { classId: trainingClass.id, subjectId: program.subjects[0].id, lecturerId: lecturer.id } });

  const viewers = {} as Record<ViewerKey, Viewer>;
  for (const key of VIEWER_KEYS) {
    const viewer = await loadViewer(users[key].id);
    if (!viewer) throw new Error(`no viewer for ${key}`);
    viewers[key] = viewer;
  }
  return { prisma, units, other, users, viewers, lecturer, program, trainingClass, learner, enrolment, sheet, grade };
}
