import { describe, expect, it } from "vitest";
import { classify, computeResult, gradingRules, parseThresholds, weightedFinalScore, type GradingRules, type SubjectScore } from "@/lib/domain/results";

const RULES: GradingRules = {
  passMark: 5,
  thresholds: parseThresholds([
    { classification: "TRUNG_BINH", minScore: 5 },
    { classification: "XUAT_SAC", minScore: 9 },
    { classification: "KHA", minScore: 7 },
    { classification: "GIOI", minScore: 8 },
    { classification: "TRUNG_BINH_KHA", minScore: 6 },
  ]),
};

function subject(id: string, score: number | null, weight = 1, absent = false): SubjectScore {
  return { subjectId: id, score, weight, absent };
}

describe("classification thresholds", () => {
  it.each([
    [10, "XUAT_SAC"],
    [9, "XUAT_SAC"],
    [8.99, "GIOI"],
    [8, "GIOI"],
    [7.99, "KHA"],
    [7, "KHA"],
    [6.99, "TRUNG_BINH_KHA"],
    [6, "TRUNG_BINH_KHA"],
    [5.99, "TRUNG_BINH"],
    [5, "TRUNG_BINH"],
    [4.99, "KHONG_DAT"],
    [0, "KHONG_DAT"],
  ] as const)("%d → %s", (score, expected) => {
    expect(classify(score, RULES)).toBe(expected);
  });

  it("sorts thresholds from the rule version's JSON and ignores malformed entries", () => {
    expect(parseThresholds([{ classification: "KHA", minScore: 7 }, { classification: "GIOI", minScore: "8" }, { classification: "NOPE", minScore: 1 }, null, "x"])).toEqual([
      { classification: "GIOI", minScore: 8 },
      { classification: "KHA", minScore: 7 },
    ]);
    expect(parseThresholds({})).toEqual([]);
  });

  it("is KHONG_DAT below the pass mark even when a threshold is lower", () => {
    const rules = { passMark: 5.5, thresholds: parseThresholds([{ classification: "TRUNG_BINH", minScore: 5 }]) };
    expect(classify(5.49, rules)).toBe("KHONG_DAT");
    expect(classify(5.5, rules)).toBe("TRUNG_BINH");
  });

  it("is KHONG_DAT above the pass mark when no threshold is reached", () => {
    expect(classify(6, { passMark: 5, thresholds: parseThresholds([{ classification: "KHA", minScore: 7 }]) })).toBe("KHONG_DAT");
  });

  it("reads the pass mark and thresholds of a rule version row (Decimal pass mark)", () => {
    const rules = gradingRules({ passMark: { toString: () => "5.00" }, classification: [{ classification: "GIOI", minScore: 8 }] });
    expect(rules).toEqual({ passMark: 5, thresholds: [{ classification: "GIOI", minScore: 8 }] });
  });
});

describe("weighted final score", () => {
  it("weights subjects and leaves out weight 0", () => {
    // (8·1 + 6·1 + 9·2) / 4 = 8; the weight-0 subject's 0 does not count.
    expect(weightedFinalScore([subject("a", 8), subject("b", 6), subject("c", 9, 2), subject("d", 0, 0)])).toBe(8);
  });

  it("rounds half-up to 2 decimals without floating-point drift", () => {
    // (7 + 8 + 8) / 3 = 7.6666… → 7.67
    expect(weightedFinalScore([subject("a", 7), subject("b", 8), subject("c", 8)])).toBe(7.67);
    // (7.99 + 8) / 2 = 7.995 → 8.00 (half-up), which then classifies as GIOI
    expect(weightedFinalScore([subject("a", 7.99), subject("b", 8)])).toBe(8);
    // (7.98 + 8) / 2 = 7.99 exactly
    expect(weightedFinalScore([subject("a", 7.98), subject("b", 8)])).toBe(7.99);
    // 0.1 + 0.2 style sums: (8.1 + 8.2) / 2 = 8.15
    expect(weightedFinalScore([subject("a", 8.1), subject("b", 8.2)])).toBe(8.15);
  });

  it("counts a missing or absent score as 0 and is null when nothing counts", () => {
    expect(weightedFinalScore([subject("a", 8), subject("b", null)])).toBe(4);
    expect(weightedFinalScore([subject("a", 8), subject("b", null, 1, true)])).toBe(4);
    expect(weightedFinalScore([subject("a", 8, 0)])).toBeNull();
    expect(weightedFinalScore([])).toBeNull();
  });
});

describe("computed result", () => {
  it("passes with the classification of the rounded final score", () => {
    expect(computeResult([subject("a", 8), subject("b", 8)], RULES)).toEqual({ finalScore: 8, classification: "GIOI", passed: true, missingSubjectIds: [] });
    expect(computeResult([subject("a", 7.99), subject("b", 7.99)], RULES)).toMatchObject({ finalScore: 7.99, classification: "KHA", passed: true });
    expect(computeResult([subject("a", 5), subject("b", 5)], RULES)).toMatchObject({ classification: "TRUNG_BINH", passed: true });
  });

  it("fails below the pass mark", () => {
    expect(computeResult([subject("a", 5), subject("b", 4.98)], RULES)).toMatchObject({ finalScore: 4.99, classification: "KHONG_DAT", passed: false });
  });

  it("fails with any missing or absent score of a counted subject, whatever the mean", () => {
    expect(computeResult([subject("a", 10), subject("b", 10), subject("c", null)], RULES)).toEqual({
      finalScore: 6.67,
      classification: "KHONG_DAT",
      passed: false,
      missingSubjectIds: ["c"],
    });
    expect(computeResult([subject("a", 10), subject("b", null, 1, true)], RULES)).toMatchObject({ classification: "KHONG_DAT", missingSubjectIds: ["b"] });
  });

  it("ignores a missing score of a subject that does not count", () => {
    expect(computeResult([subject("a", 9), subject("b", null, 0)], RULES)).toMatchObject({ finalScore: 9, classification: "XUAT_SAC", passed: true });
  });

  it("fails when no subject counts", () => {
    expect(computeResult([subject("a", 9, 0)], RULES)).toMatchObject({ finalScore: 0, classification: "KHONG_DAT", passed: false });
  });
});
