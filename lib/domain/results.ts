import type { Classification } from "@/lib/generated/prisma/enums";

// The final result of a learner in a class, computed from the class's finalized subject scores under the
// class's rule version. Pure: no I/O, so the rule can be read and tested on its own.
//
// The rule (the numeric thresholds are the rule version's, since the regulations' values are unconfirmed):
// 1. Only subjects with a weight above 0 count (Subject.weight; e.g. the local-situation topic has weight 0).
// 2. The final score is the weighted mean of those subjects' scores, rounded half-up to 2 decimals. A missing
//    or absent score counts as 0 in the mean, so a score is always stored.
// 3. The learner passes when every counted subject has a score (none missing, none absent) and the rounded
//    final score is at least the pass mark and reaches one of the thresholds.
// 4. A passed learner gets the highest threshold whose minimum the rounded final score reaches (8.00 → GIOI
//    when GIOI starts at 8, 7.99 → KHA); everyone else is KHONG_DAT.
// A per-subject minimum (re-examination below 5 in a subject) is not applied here: the sources do not confirm
// it, and a re-examination is recorded as a correction of the subject's grade, which recomputes the result.

export interface Threshold {
  classification: Exclude<Classification, "KHONG_DAT">;
  minScore: number;
}

export interface GradingRules {
  passMark: number;
  /** Sorted by minScore, highest first. */
  thresholds: Threshold[];
}

export interface SubjectScore {
  subjectId: string;
  weight: number;
  /** Null when no score was entered. */
  score: number | null;
  absent: boolean;
}

export interface ComputedResult {
  finalScore: number;
  classification: Classification;
  passed: boolean;
  /** Counted subjects without a score (missing or absent): why a learner did not pass. */
  missingSubjectIds: string[];
}

const CLASSIFICATIONS = new Set<string>(["XUAT_SAC", "GIOI", "KHA", "TRUNG_BINH_KHA", "TRUNG_BINH"]);

/** Reads a rule version's `classification` JSON ([{ classification, minScore }]); malformed entries are ignored. */
export function parseThresholds(json: unknown): Threshold[] {
  if (!Array.isArray(json)) return [];
  const thresholds: Threshold[] = [];
  for (const entry of json) {
    if (typeof entry !== "object" || entry === null) continue;
    const { classification, minScore } = entry as { classification?: unknown; minScore?: unknown };
    const min = typeof minScore === "string" ? Number(minScore) : minScore;
    if (typeof classification === "string" && CLASSIFICATIONS.has(classification) && typeof min === "number" && Number.isFinite(min)) {
      thresholds.push({ classification: classification as Threshold["classification"], minScore: min });
    }
  }
  return thresholds.sort((a, b) => b.minScore - a.minScore);
}

export function gradingRules(ruleVersion: { passMark: number | { toString(): string }; classification: unknown }): GradingRules {
  return { passMark: Number(ruleVersion.passMark.toString()), thresholds: parseThresholds(ruleVersion.classification) };
}

/** Hundredths as an integer, so sums and comparisons are exact (scores and weights have 2 decimals). */
function hundredths(value: number): number {
  return Math.round(value * 100);
}

/** The weighted mean of the counted subjects (weight > 0), missing and absent as 0; null when none counts. */
export function weightedFinalScore(scores: readonly SubjectScore[]): number | null {
  let weighted = 0; // in 1/10,000 units
  let totalWeight = 0; // in 1/100 units
  for (const s of scores) {
    const w = hundredths(s.weight);
    if (w <= 0) continue;
    totalWeight += w;
    if (!s.absent && s.score !== null) weighted += w * hundredths(s.score);
  }
  if (totalWeight === 0) return null;
  // weighted / totalWeight is the mean in hundredths; round half-up with integers only.
  return Math.floor((2 * weighted + totalWeight) / (2 * totalWeight)) / 100;
}

/** The classification of a (rounded) score: the highest threshold reached from the pass mark up, else KHONG_DAT. */
export function classify(score: number, rules: GradingRules): Classification {
  const value = hundredths(score);
  if (value < hundredths(rules.passMark)) return "KHONG_DAT";
  for (const t of rules.thresholds) {
    if (value >= hundredths(t.minScore)) return t.classification;
  }
  return "KHONG_DAT";
}

export function computeResult(scores: readonly SubjectScore[], rules: GradingRules): ComputedResult {
  const counted = scores.filter((s) => hundredths(s.weight) > 0);
  const missingSubjectIds = counted.filter((s) => s.absent || s.score === null).map((s) => s.subjectId);
  const finalScore = weightedFinalScore(counted) ?? 0;
  const classification = counted.length === 0 || missingSubjectIds.length > 0 ? "KHONG_DAT" : classify(finalScore, rules);
  return { finalScore, classification, passed: classification !== "KHONG_DAT", missingSubjectIds };
}
