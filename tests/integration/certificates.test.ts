import { describe, expect, it } from "vitest";
import { verifyCertificate } from "@/lib/data/certificates";
import { useTestDatabase } from "@/tests/support/database";
import { makeClass, makeGrade, makeLearner, makeProvince } from "@/tests/support/factories";

const database = useTestDatabase();

describe("verifyCertificate", () => {
  it("finds a certificate by its code, in any letter case, and shows only what it carries", async () => {
    const prisma = database.current.prisma;
    const units = await makeProvince(prisma);
    const { trainingClass, program } = await makeClass(prisma, { schoolUnitId: units.school.id, hostUnitId: units.centerA.id });
    const learner = await makeLearner(prisma, units.centerA.id, "Chu Thị Hạnh");
    const { enrolment } = await makeGrade(prisma, { classId: trainingClass.id, subjectId: program.subjects[0].id, learnerId: learner.id, score: 8.5 });
    const result = await prisma.result.create({ data: { enrolmentId: enrolment.id, ruleVersionId: program.ruleVersions[0].id, finalScore: 8.5, classification: "GIOI", passed: true } });
    await prisma.certificate.create({
      data: { resultId: result.id, kind: "BANG", serialNumber: "TC-000123", registerNumber: "123/2026", verificationCode: "K7Q2M9XH4T", issuedAt: new Date("2026-06-30"), issuedByUnitId: units.school.id },
    });

    const found = await verifyCertificate("k7q2m9xh4t ");
    expect(found).toMatchObject({ kind: "BANG", serialNumber: "TC-000123", learnerName: "Chu Thị Hạnh", birthYear: 1988, classification: "GIOI", revoked: false });
    expect(Object.keys(found!)).not.toContain("citizenId");
    expect(await verifyCertificate("KHONGCOMA00")).toBeNull();
  });
});
