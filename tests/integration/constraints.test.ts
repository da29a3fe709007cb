import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/database";
import { citizenId, makeClass, makeGrade, makeLearner, makeProvince, makeUser } from "@/tests/support/factories";
import { nameSortKey } from "@/lib/domain/vietnamese-name";
import { constraintViolation } from "@/lib/db/errors";

/** Resolves to the violation a refused write reports. */
async function violation(write: Promise<unknown>) {
  try {
    await write;
  } catch (error) {
    return constraintViolation(error);
  }
  throw new Error("the write was not refused");
}

const database = useTestDatabase();
const prisma = () => database.current.prisma;
let units: Awaited<ReturnType<typeof makeProvince>>;

beforeAll(async () => {
  units = await makeProvince(prisma());
});

function learnerData(id: string) {
  return { citizenId: id, fullName: "Lương Văn Tùng", sortKey: nameSortKey("Lương Văn Tùng"), birthDate: new Date("1990-01-01"), gender: "MALE" as const, homeUnitId: units.centerA.id };
}

describe("database constraints", () => {
  it("refuses a second learner with the same citizen ID", async () => {
    const id = citizenId();
    await prisma().learner.create({ data: learnerData(id) });
    expect(await violation(prisma().learner.create({ data: learnerData(id) }))).toEqual({ kind: "unique", constraint: "Learner_citizenId_key" });
    expect(await prisma().learner.count({ where: { citizenId: id } })).toBe(1);
  });

  it("refuses a citizen ID that is not 12 digits", async () => {
    await expect(prisma().learner.create({ data: learnerData("12345") })).rejects.toThrow(/Learner_citizenId_format/);
  });

  it("refuses a score of 11 and a negative score", async () => {
    const { trainingClass, program } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const learner = await makeLearner(prisma(), units.centerA.id);
    const { grade } = await makeGrade(prisma(), { classId: trainingClass.id, subjectId: program.subjects[0].id, learnerId: learner.id, score: 8 });
    expect(await violation(prisma().grade.update({ where: { id: grade.id }, data: { score: 11 } }))).toEqual({ kind: "check", constraint: "Grade_score_range" });
    expect(await violation(prisma().grade.update({ where: { id: grade.id }, data: { score: -1 } }))).toEqual({ kind: "check", constraint: "Grade_score_range" });
    expect(Number((await prisma().grade.findUniqueOrThrow({ where: { id: grade.id } })).score)).toBe(8);
  });

  it("refuses enrolling the same learner twice in one class", async () => {
    const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const learner = await makeLearner(prisma(), units.centerA.id);
    await prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: learner.id } });
    expect(await violation(prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: learner.id } }))).toEqual({
      kind: "unique",
      constraint: "Enrolment_classId_learnerId_key",
    });
  });

  it("refuses a cancelled class without a reason and a class of size 0", async () => {
    const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    await expect(prisma().trainingClass.update({ where: { id: trainingClass.id }, data: { status: "CANCELLED" } })).rejects.toThrow(/TrainingClass_cancel_reason/);
    await expect(prisma().trainingClass.update({ where: { id: trainingClass.id }, data: { plannedSize: 0 } })).rejects.toThrow(/TrainingClass_plannedSize_positive/);
  });

  it("refuses deleting a unit that still has learners (deliberate delete rule)", async () => {
    const center = await prisma().unit.create({ data: { code: `T-DEL-${Date.now()}`, name: "Trung tâm sắp giải thể", kind: "CENTER", parentId: units.province.id, provinceId: units.province.id } });
    await makeLearner(prisma(), center.id);
    expect(await violation(prisma().unit.delete({ where: { id: center.id } }))).toMatchObject({ kind: "foreign-key" });
    expect(await prisma().unit.count({ where: { id: center.id } })).toBe(1);
  });

  it("changes a grade of a finalized sheet only through a recorded correction", async () => {
    const { trainingClass, program } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const learner = await makeLearner(prisma(), units.centerA.id);
    const { sheet, grade } = await makeGrade(prisma(), { classId: trainingClass.id, subjectId: program.subjects[0].id, learnerId: learner.id, score: 6 });
    await prisma().gradeSheet.update({ where: { id: sheet.id }, data: { status: "FINALIZED", finalizedAt: new Date() } });

    await expect(prisma().grade.update({ where: { id: grade.id }, data: { score: 9 } })).rejects.toThrow(/finalized/);

    const leader = await makeUser(prisma(), { role: "SCHOOL_LEADERSHIP", unitId: units.school.id });
    await prisma().$transaction(async (tx) => {
      await tx.gradeCorrection.create({ data: { gradeId: grade.id, oldScore: 6, newScore: 7, reason: "Chấm phúc khảo", byUserId: leader.id } });
      await tx.grade.update({ where: { id: grade.id }, data: { score: 7 } });
    });
    expect(Number((await prisma().grade.findUniqueOrThrow({ where: { id: grade.id } })).score)).toBe(7);
  });

  it("freezes the grading rules of a rule version that a class uses", async () => {
    const { program } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const version = program.ruleVersions[0];
    await expect(prisma().ruleVersion.update({ where: { id: version.id }, data: { passMark: 4 } })).rejects.toThrow(/in use/);
    // Its name is not a grading rule and may be corrected.
    await prisma().ruleVersion.update({ where: { id: version.id }, data: { name: "Quy chế 2021 (sửa tên)" } });
  });
});
