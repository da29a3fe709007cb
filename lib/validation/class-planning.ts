import { z } from "zod";
import { parseIsoDate } from "@/lib/validation/learners";
import { IdSchema, STUDY_MODES } from "@/lib/validation/plans";

export const SESSION_PARTS = ["MORNING", "AFTERNOON", "EVENING"] as const;
export const CLASS_STATUSES = ["PLANNED", "APPROVED", "ENROLLING", "IN_PROGRESS", "FINISHED", "CANCELLED"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => (value ? value : null));

const isoDay = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .refine((value) => parseIsoDate(value) !== null, "validation.date");

const optionalIsoDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || parseIsoDate(value) !== null, "validation.date");

/** The planning fields of a class, for creating it and for editing it while planned or approved. */
export const ClassPlanningSchema = z
  .object({
    planLineId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => (value ? value : null)),
    code: z
      .string("validation.required")
      .trim()
      .min(1, "validation.required")
      .max(40, "validation.tooLong")
      .regex(/^[\p{L}0-9./_-]+$/u, "plans.validation.classCode"),
    name: z.string("validation.required").trim().min(1, "validation.required").max(200, "validation.tooLong"),
    programId: IdSchema,
    hostUnitId: IdSchema,
    mode: z.enum(STUDY_MODES, "validation.choose"),
    location: optionalText(200),
    plannedSize: z.coerce.number("validation.positiveInt").int("validation.positiveInt").min(1, "validation.positiveInt").max(1000, "validation.invalid"),
    startDate: isoDay,
    endDate: optionalIsoDay,
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
    date: isoDay,
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
