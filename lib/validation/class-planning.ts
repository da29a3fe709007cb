import { z } from "zod";
import { IdSchema, IsoDaySchema, OptionalIsoDaySchema, optionalText, parseIsoDate, requiredText } from "@/lib/validation/fields";
import { STUDY_MODES } from "@/lib/validation/plans";

export const SESSION_PARTS = ["MORNING", "AFTERNOON", "EVENING"] as const;
export const CLASS_STATUSES = ["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS", "FINISHED", "CANCELLED"] as const;

/** The planning fields of a class, for creating it and for editing it while planned or approved. */
export const ClassPlanningSchema = z
  .object({
    planLineId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => (value ? value : null)),
    code: requiredText(40).regex(/^[\p{L}0-9./_-]+$/u, "plans.validation.classCode"),
    name: requiredText(200),
    programId: IdSchema,
    hostUnitId: IdSchema,
    mode: z.enum(STUDY_MODES, "validation.choose"),
    location: optionalText(200),
    plannedSize: z.coerce.number("validation.positiveInt").int("validation.positiveInt").min(1, "validation.positiveInt").max(1000, "validation.invalid"),
    startDate: IsoDaySchema,
    endDate: OptionalIsoDaySchema,
    fundingSource: optionalText(200),
  })
  .superRefine((value, ctx) => {
    if (value.endDate && value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.dateOrder" });
  })
  .transform((value) => ({
    ...value,
    startDate: parseIsoDate(value.startDate) as Date,
    endDate: value.endDate ? parseIsoDate(value.endDate) : null,
  }));
export type ClassPlanningInput = z.output<typeof ClassPlanningSchema>;

export const ClassTransitionSchema = z.object({
  classId: IdSchema,
  to: z.enum(CLASS_STATUSES, "validation.choose"),
  reason: optionalText(500),
});
export type ClassTransitionInput = z.output<typeof ClassTransitionSchema>;

export const AssignmentSchema = z.object({ classId: IdSchema, subjectId: IdSchema, lecturerId: IdSchema });
export type AssignmentInput = z.output<typeof AssignmentSchema>;

export const ClassItemRefSchema = z.object({ classId: IdSchema, itemId: IdSchema });

export const SessionSchema = z
  .object({
    classId: IdSchema,
    date: IsoDaySchema,
    part: z.enum(SESSION_PARTS, "validation.choose"),
    subjectId: IdSchema,
    lecturerId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => (value ? value : null)),
    periods: z.coerce.number("validation.positiveInt").int("validation.positiveInt").min(1, "validation.positiveInt").max(12, "plans.validation.periods"),
    room: optionalText(100),
  })
  .transform((value) => ({ ...value, date: parseIsoDate(value.date) as Date }));
export type SessionInput = z.output<typeof SessionSchema>;
