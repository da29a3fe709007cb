import { z } from "zod";
import { IdSchema, optionalText, requiredText } from "./fields";

export const STUDY_MODES = ["CONCENTRATED", "NON_CONCENTRATED"] as const;
export const LINE_OUTCOMES = ["DONE", "PARTIAL", "CARRIED_OVER", "NOT_CARRIED_OUT"] as const;

const count = (max: number) =>
  z.coerce.number("validation.positiveInt").int("plans.validation.wholeNumber").min(0, "plans.validation.wholeNumber").max(max, "validation.invalid");

/** A new annual plan of the viewer's school. */
export const PlanSchema = z.object({
  year: z.coerce.number("validation.required").int("validation.invalid").min(2000, "plans.validation.year").max(2100, "plans.validation.year"),
  title: requiredText(200),
  decisionRef: optionalText(100),
  note: optionalText(1000),
});
export type PlanInput = z.output<typeof PlanSchema>;

/** One line of a plan: N classes / M learners of a program at a host, paid from a funding source. */
export const PlanLineSchema = z
  .object({
    planId: IdSchema,
    programId: IdSchema,
    hostUnitId: IdSchema,
    mode: z.enum(STUDY_MODES, "validation.choose"),
    plannedClasses: count(1000),
    plannedLearners: count(100_000),
    fundingSource: optionalText(200),
    note: optionalText(1000),
  })
  .refine((line) => line.plannedClasses > 0 || line.plannedLearners > 0, { path: ["plannedClasses"], message: "plans.validation.emptyLine" });
export type PlanLineInput = z.output<typeof PlanLineSchema>;

export const PlanLineRefSchema = z.object({ planId: IdSchema, lineId: IdSchema });

/** What became of a line of an approved plan; anything not done needs its reason ("Không đủ số học viên"). */
export const LineOutcomeSchema = z
  .object({
    planId: IdSchema,
    lineId: IdSchema,
    outcome: z.enum(LINE_OUTCOMES, "validation.choose"),
    notDoneClasses: count(1000).optional().default(0),
    notDoneLearners: count(100_000).optional().default(0),
    outcomeReason: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== "DONE" && !value.outcomeReason) {
      ctx.addIssue({ code: "custom", path: ["outcomeReason"], message: "plans.validation.reasonRequired" });
    }
    if (value.outcome === "DONE" && (value.notDoneClasses > 0 || value.notDoneLearners > 0)) {
      ctx.addIssue({ code: "custom", path: ["notDoneClasses"], message: "plans.validation.doneHasNothingLeft" });
    }
  });
export type LineOutcomeInput = z.output<typeof LineOutcomeSchema>;

export const PlanRefSchema = z.object({ planId: IdSchema });
