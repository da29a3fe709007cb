import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { loadViewer } from "@/lib/data/auth";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import type { Viewer } from "@/lib/auth/viewer-types";

// Factories for integration tests: each makes a valid row with unique keys, overridable where it matters.

const unique = () => crypto.randomBytes(4).toString("hex");
export const TEST_PASSWORD = "Matkhau@2026";
// A low cost keeps tests fast; verification reads the cost from the hash itself.
const testHash = bcrypt.hashSync(TEST_PASSWORD, 4);

export async function makeUnit(prisma: PrismaClient, data: { kind: UnitKind; name?: string; parentId?: string; provinceId?: string }) {
  const code = `T-${data.kind}-${unique()}`;
  const unit = await prisma.unit.create({
    data: { code, name: data.name ?? `Đơn vị ${code}`, kind: data.kind, parentId: data.parentId, provinceId: data.provinceId },
  });
  return data.kind === "PROVINCE" ? prisma.unit.update({ where: { id: unit.id }, data: { provinceId: unit.id } }) : unit;
}

/** A province with a school (one faculty), a board and two centers. */
export async function makeProvince(prisma: PrismaClient, name = "Tỉnh thử nghiệm") {
  const province = await makeUnit(prisma, { kind: "PROVINCE", name });
  const inProvince = { parentId: province.id, provinceId: province.id };
  const school = await makeUnit(prisma, { kind: "SCHOOL", name: `Trường Chính trị ${name}`, ...inProvince });
  const faculty = await makeUnit(prisma, { kind: "FACULTY", name: "Khoa Xây dựng Đảng", parentId: school.id, provinceId: province.id });
  const board = await makeUnit(prisma, { kind: "BOARD", name: `Ban Tuyên giáo ${name}`, ...inProvince });
  const centerA = await makeUnit(prisma, { kind: "CENTER", name: "Trung tâm Chính trị huyện A", ...inProvince });
  const centerB = await makeUnit(prisma, { kind: "CENTER", name: "Trung tâm Chính trị huyện B", ...inProvince });
  return { province, school, faculty, board, centerA, centerB };
}

export async function makeUser(prisma: PrismaClient, data: { role?: Role; unitId?: string; username?: string; fullName?: string; active?: boolean; mustChangePassword?: boolean } = {}) {
  const username = data.username ?? `user.${unique()}`;
  return prisma.user.create({
    data: {
      username,
      email: `${username}@example.vn`,
      fullName: data.fullName ?? "Nguyễn Văn Thử",
      passwordHash: testHash,
      active: data.active ?? true,
      mustChangePassword: data.mustChangePassword ?? false,
      roles: data.role && data.unitId ? { create: { role: data.role, unitId: data.unitId } } : undefined,
    },
  });
}

/** A user with one role in a unit, returned as the viewer the server would build for them. */
export async function makeViewer(prisma: PrismaClient, role: Role, unitId: string): Promise<Viewer> {
  const user = await makeUser(prisma, { role, unitId });
  const viewer = await loadViewer(user.id);
  if (!viewer) throw new Error("viewer not loaded");
  return viewer;
}

export async function makeProgram(prisma: PrismaClient) {
  const code = `P-${unique()}`;
  return prisma.program.create({
    data: {
      code,
      name: "Trung cấp lý luận chính trị – hành chính",
      category: "DAO_TAO",
      certificateKind: "BANG",
      subjects: { create: [{ code: "HP1", name: "Triết học Mác – Lênin", periods: 60, position: 1 }, { code: "HP2", name: "Kinh tế chính trị", periods: 45, position: 2 }] },
      ruleVersions: {
        create: {
          version: 1,
          name: "Quy chế 2021",
          effectiveFrom: new Date("2021-01-01"),
          eligibility: {},
          classification: [{ classification: "GIOI", minScore: 8 }, { classification: "KHA", minScore: 7 }, { classification: "TRUNG_BINH", minScore: 5 }],
        },
      },
    },
    include: { subjects: true, ruleVersions: true },
  });
}

export async function makeClass(prisma: PrismaClient, data: { schoolUnitId: string; hostUnitId: string; program?: Awaited<ReturnType<typeof makeProgram>> }) {
  const program = data.program ?? (await makeProgram(prisma));
  const code = `L-${unique()}`;
  const trainingClass = await prisma.trainingClass.create({
    data: {
      code,
      name: `Lớp Trung cấp ${code}`,
      programId: program.id,
      ruleVersionId: program.ruleVersions[0].id,
      schoolUnitId: data.schoolUnitId,
      hostUnitId: data.hostUnitId,
      plannedSize: 80,
      status: "IN_PROGRESS",
      startDate: new Date("2026-03-01"),
    },
  });
  return { trainingClass, program };
}

let citizenCounter = 0;
export function citizenId(): string {
  citizenCounter += 1;
  return `020${String(process.pid % 1000).padStart(3, "0")}${String(citizenCounter).padStart(6, "0")}`;
}

export async function makeLearner(prisma: PrismaClient, homeUnitId: string, fullName = "Hoàng Thị Lan") {
  return prisma.learner.create({
    data: { citizenId: citizenId(), fullName, sortKey: nameSortKey(fullName), birthDate: new Date("1988-05-12"), gender: "FEMALE", ethnicity: "Tày", homeUnitId },
  });
}

/** A learner enrolled in a class, with a grade sheet for the class's first subject and a grade. */
export async function makeGrade(prisma: PrismaClient, data: { classId: string; subjectId: string; learnerId: string; score?: number }) {
  const enrolment = await prisma.enrolment.create({ data: { classId: data.classId, learnerId: data.learnerId } });
  const sheet = await prisma.gradeSheet.upsert({
    where: { classId_subjectId: { classId: data.classId, subjectId: data.subjectId } },
    create: { classId: data.classId, subjectId: data.subjectId },
    update: {},
  });
  const grade = await prisma.grade.create({ data: { sheetId: sheet.id, enrolmentId: enrolment.id, score: data.score ?? 7.5 } });
  return { enrolment, sheet, grade };
}
