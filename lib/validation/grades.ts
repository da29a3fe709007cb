import { z } from "zod";
import { CheckboxSchema, IdSchema, optionalText, requiredText } from "./fields";

/** The most rows one grade sheet form may carry (a class is planned for about 80 learners). */
export const MAX_SHEET_ROWS = 500;

/**
 * A score as typed: 0 to 10 with at most two decimals, with a comma (Vietnamese "7,5") or a dot as the
 * decimal separator. Empty → null (not graded yet); anything else that is not a valid score → undefined.
 */
export function parseScore(text: string): number | null | undefined {
  const value = text.trim().replace(/\s+/g, "");
  if (value === "") return null;
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return hundredths <= 1000 ? hundredths / 100 : undefined;
}

const ScoreSchema = z
  .string()
  .max(20, "validation.score")
  .optional()
  .transform((value, ctx) => {
    const score = parseScore(value ?? "");
    if (score === undefined) {
      ctx.addIssue({ code: "custom", message: "validation.score" });
      return z.NEVER;
    }
    return score;
  });

const note = optionalText(300);

export const GradeRowSchema = z
  .object({ enrolmentId: IdSchema, score: ScoreSchema, absent: CheckboxSchema, note })
  .superRefine((row, ctx) => {
    if (row.absent && row.score !== null) ctx.addIssue({ code: "custom", path: ["score"], message: "training.validation.absentWithScore" });
  });

export const GradeSheetSchema = z.object({
  classId: IdSchema,
  subjectId: IdSchema,
  rows: z.array(GradeRowSchema).max(MAX_SHEET_ROWS, "validation.invalid"),
});

export type GradeSheetInput = z.output<typeof GradeSheetSchema>;
export type GradeRowInput = z.output<typeof GradeRowSchema>;

/**
 * The plain object of a grade sheet form, whose inputs are named `rows.<n>.<field>`, in row order. Its
 * fields keep those names in validation errors ("rows.3.score"), so each error lands next to its input.
 */
export function gradeSheetFormInput(formData: FormData): { classId: unknown; subjectId: unknown; rows: Record<string, unknown>[] } {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of formData.entries()) {
    const match = /^rows\.(\d{1,4})\.(enrolmentId|score|absent|note)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]] = value;
    rows.set(index, row);
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return { classId: formData.get("classId") ?? undefined, subjectId: formData.get("subjectId") ?? undefined, rows: ordered };
}

export const FinalizeSheetSchema = z.object({ classId: IdSchema, subjectId: IdSchema });

export const GradeCorrectionSchema = z
  .object({
    gradeId: IdSchema,
    score: ScoreSchema,
    absent: CheckboxSchema,
    reason: requiredText(500).min(5, "validation.tooShort"),
    decisionRef: optionalText(100),
  })
  .superRefine((value, ctx) => {
    if (value.absent && value.score !== null) ctx.addIssue({ code: "custom", path: ["score"], message: "training.validation.absentWithScore" });
    if (!value.absent && value.score === null) ctx.addIssue({ code: "custom", path: ["score"], message: "training.validation.correctionNeedsScore" });
  });

export type GradeCorrectionInput = z.output<typeof GradeCorrectionSchema>;
