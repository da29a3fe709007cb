import { describe, expect, it } from "vitest";
import { generate, parseGenerateArgs, type GenerateProgress } from "@/prisma/generate";
import { classify, resultOf } from "@/prisma/seed-data";
import { useTestDatabase } from "@/tests/support/database";

const database = useTestDatabase();

const OPTIONS = { learners: 500, provinces: 2, centersPerProvince: 3, classesPerCenter: 4, seed: 7, batch: 1000 };

describe("large-data generator", () => {
  const progress: GenerateProgress[] = [];
  let result: Awaited<ReturnType<typeof generate>>;

  it("generates the requested amounts", async () => {
    result = await generate(database.current, OPTIONS, (p) => progress.push(p));
    const prisma = database.current.prisma;
    expect(result.prefix).toBe("G7");
    expect(await prisma.learner.count()).toBe(500);
    expect(await prisma.unit.count({ where: { kind: "PROVINCE", code: { startsWith: "G7-" } } })).toBe(2);
    expect(await prisma.unit.count({ where: { kind: "SCHOOL", code: { startsWith: "G7-" } } })).toBe(2);
    expect(await prisma.unit.count({ where: { kind: "CENTER", code: { startsWith: "G7-" } } })).toBe(6);
    expect(await prisma.trainingClass.count({ where: { host: { kind: "CENTER" } } })).toBe(6 * 4);
    // Every province's units point to their province.
    const provinces = await prisma.unit.findMany({ where: { kind: "PROVINCE" }, include: { _count: { select: { inProvince: true } } } });
    for (const p of provinces) {
      expect(p.provinceId).toBe(p.id);
      expect(p._count.inProvince).toBe(1 + 1 + 1 + 3 + 2 + 3); // itself, school, board, faculties, offices, centers
    }
    // The reported counts are the rows in the tables.
    for (const [table, n] of Object.entries(result.counts)) {
      const rows = await database.current.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      expect(rows[0].n, table).toBe(n);
    }
    expect(result.counts.Grade).toBeGreaterThan(1000);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)!.totalRows).toBe(result.totalRows);
  }, 120_000);

  it("produces consistent data", async () => {
    const db = database.current;
    const [bad] = await db.query<{ range: number; orphans: number; absent: number }>(`
      SELECT (SELECT count(*)::int FROM "Grade" WHERE score < 0 OR score > 10) AS range,
             (SELECT count(*)::int FROM "Enrolment" e LEFT JOIN "Learner" l ON l.id = e."learnerId" WHERE l.id IS NULL) AS orphans,
             (SELECT count(*)::int FROM "Grade" WHERE absent AND score IS NOT NULL) AS absent`);
    expect(bad).toEqual({ range: 0, orphans: 0, absent: 0 });
    // Enrolments only in classes that take learners; learners of a class are distinct (unique key) and from its province.
    const [wrong] = await db.query<{ status: number; province: number }>(`
      SELECT (SELECT count(*)::int FROM "Enrolment" e JOIN "TrainingClass" c ON c.id = e."classId" WHERE c.status IN ('PLANNED', 'APPROVED', 'CANCELLED')) AS status,
             (SELECT count(*)::int FROM "Enrolment" e JOIN "TrainingClass" c ON c.id = e."classId" JOIN "Learner" l ON l.id = e."learnerId"
                JOIN "Unit" h ON h.id = l."homeUnitId" JOIN "Unit" s ON s.id = c."schoolUnitId" WHERE h."provinceId" <> s."provinceId") AS province`);
    expect(wrong).toEqual({ status: 0, province: 0 });
    // Finished classes: every sheet finalized with a lock event; results only there.
    const [sheets] = await db.query<{ open: number; unlocked: number; results: number }>(`
      SELECT (SELECT count(*)::int FROM "GradeSheet" g JOIN "TrainingClass" c ON c.id = g."classId" WHERE c.status = 'FINISHED' AND g.status <> 'FINALIZED') AS open,
             (SELECT count(*)::int FROM "GradeSheet" g WHERE g.status = 'FINALIZED' AND NOT EXISTS (SELECT 1 FROM "GradeSheetLockEvent" e WHERE e."sheetId" = g.id)) AS unlocked,
             (SELECT count(*)::int FROM "Result" r JOIN "Enrolment" e ON e.id = r."enrolmentId" JOIN "TrainingClass" c ON c.id = e."classId" WHERE c.status <> 'FINISHED') AS results`);
    expect(sheets).toEqual({ open: 0, unlocked: 0, results: 0 });
  });

  it("computes results from the grades and classifies them by the rule thresholds", async () => {
    const prisma = database.current.prisma;
    const results = await prisma.result.findMany({
      include: { certificate: true, enrolment: { include: { grades: { include: { sheet: true } }, trainingClass: { include: { program: { include: { subjects: true } } } } } } },
    });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const bySubject = new Map(r.enrolment.grades.map((g) => [g.sheet.subjectId, g.score === null ? null : Number(g.score)]));
      const expected = resultOf(
        r.enrolment.trainingClass.program.subjects.filter((s) => s.assessment !== "NONE").map((s) => ({ weight: Number(s.weight), score: bySubject.get(s.id) ?? null })),
      );
      expect(Number(r.finalScore)).toBeCloseTo(expected.finalScore, 2);
      expect(r.classification).toBe(expected.classification);
      // Whoever passed is classified by the thresholds on the stored score.
      if (r.passed) expect(r.classification).toBe(classify(Number(r.finalScore)));
      expect(r.passed).toBe(r.classification !== "KHONG_DAT");
      expect(r.certificate !== null).toBe(r.passed);
    }
  }, 60_000);

  it("runs again with another seed without clashing, and refuses the same seed twice", async () => {
    const again = await generate(database.current, { ...OPTIONS, learners: 60, provinces: 1, centersPerProvince: 2, classesPerCenter: 2, seed: 8 });
    expect(again.counts.Learner).toBe(60);
    expect(await database.current.prisma.learner.count()).toBe(560);
    await expect(generate(database.current, { ...OPTIONS, learners: 10 })).rejects.toThrow(/--seed 7/);
  }, 60_000);

  it.each(["params", "prisma"] as const)("writes the same kind of data with the %s insert method", async (method) => {
    const seed = method === "params" ? 11 : 12;
    const small = await generate(database.current, { learners: 80, provinces: 1, centersPerProvince: 2, classesPerCenter: 3, seed, batch: 300, method });
    expect(small.counts.Learner).toBe(80);
    expect(await database.current.prisma.trainingClass.count({ where: { code: { startsWith: `G${seed}-` }, host: { kind: "CENTER" } } })).toBe(6);
    const [open] = await database.current.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "GradeSheet" g JOIN "TrainingClass" c ON c.id = g."classId" WHERE c.code LIKE $1 AND c.status = 'FINISHED' AND g.status <> 'FINALIZED'`,
      [`G${seed}-%`],
    );
    expect(open.n).toBe(0);
  }, 60_000);

  it("parses the command line", () => {
    expect(parseGenerateArgs(["--learners", "200000", "--provinces", "63", "--seed", "3"])).toMatchObject({ learners: 200000, provinces: 63, centersPerProvince: 15, seed: 3, batch: 5000, method: "literal" });
    expect(parseGenerateArgs(["--learners", "10", "--classes-per-center", "4", "--method", "prisma"])).toMatchObject({ classesPerCenter: 4, method: "prisma" });
    expect(() => parseGenerateArgs(["--learners", "many"])).toThrow();
  });
});
