import { beforeAll, describe, expect, it } from "vitest";
import { learnerScope } from "@/lib/auth/scope";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeLearner, makeProvince, makeViewer } from "@/tests/support/factories";

const database = useTestDatabase();
const prisma = () => database.current.prisma;

describe("learner scope edges", () => {
  let units: Awaited<ReturnType<typeof makeProvince>>;
  let other: Awaited<ReturnType<typeof makeProvince>>;
  beforeAll(async () => {
    units = await makeProvince(prisma(), "Tỉnh Một");
    other = await makeProvince(prisma(), "Tỉnh Hai");
  });

  async function visibleIds(viewer: Awaited<ReturnType<typeof makeViewer>>) {
    return (await prisma().learner.findMany({ where: learnerScope(viewer, "read"), select: { id: true } })).map((l) => l.id);
  }

  it("a lecturer reads the learners of the classes they teach, not of the school's other classes", async () => {
    const taught = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const notTaught = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.centerB.id });
    const inTaught = await makeLearner(prisma(), units.centerA.id, "Lý Văn Học");
    const inOther = await makeLearner(prisma(), units.centerB.id, "Lý Thị Khác");
    await prisma().enrolment.create({ data: { classId: taught.trainingClass.id, learnerId: inTaught.id } });
    await prisma().enrolment.create({ data: { classId: notTaught.trainingClass.id, learnerId: inOther.id } });
    const user = await prisma().user.create({ data: { username: "gv.scope", fullName: "Giảng Viên", passwordHash: "x", roles: { create: { role: "LECTURER", unitId: units.faculty.id } } } });
    const lecturer = await prisma().lecturer.create({ data: { unitId: units.faculty.id, userId: user.id, fullName: "Giảng Viên", sortKey: "x", kind: "FULL_TIME" } });
    await prisma().classSubjectAssignment.create({ data: { classId: taught.trainingClass.id, subjectId: taught.program.subjects[0].id, lecturerId: lecturer.id } });
    const { loadViewer } = await import("@/lib/data/auth");
    const viewer = (await loadViewer(user.id))!;
    const ids = await visibleIds(viewer);
    expect(ids).toContain(inTaught.id);
    expect(ids).not.toContain(inOther.id);
  });

  it("the board reads a learner from another province who studies in a class of its province, but not one who does not", async () => {
    const { trainingClass } = await makeClass(prisma(), { schoolUnitId: units.school.id, hostUnitId: units.school.id });
    const visitor = await makeLearner(prisma(), other.centerA.id, "Vương Văn Khách");
    const stranger = await makeLearner(prisma(), other.centerA.id, "Vương Thị Lạ");
    await prisma().enrolment.create({ data: { classId: trainingClass.id, learnerId: visitor.id } });
    const ids = await visibleIds(await makeViewer(prisma(), "PROVINCIAL_BOARD", units.board.id));
    expect(ids).toContain(visitor.id);
    expect(ids).not.toContain(stranger.id);
  });
});
