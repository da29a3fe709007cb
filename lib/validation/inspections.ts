import { z } from "zod";
import { IdSchema, IsoDaySchema, OptionalIsoDaySchema, optionalText, parseIsoDate, requiredText, todayInVietnam } from "./fields";

export const TEAM_ROLES = ["HEAD", "DEPUTY", "MEMBER", "SECRETARY"] as const;
/** What a follow-up may set; only the board closes (DONE, CANCELLED), lib/data/inspections.ts. */
export const FOLLOW_UP_STATUSES = ["IN_PROGRESS", "DONE", "CANCELLED"] as const;

const toDate = (value: string) => parseIsoDate(value) as Date;

/** A plan (kế hoạch kiểm tra): its number such as "84-KH/ĐKT", dates, content and the units it inspects. */
export const InspectionPlanSchema = z
  .object({
    code: requiredText(40).regex(/^[\p{L}\p{N}][\p{L}\p{N}./-]*$/u, "inspections.validation.code"),
    title: requiredText(300),
    year: z.coerce.number("validation.required").int("validation.invalid").min(2000, "validation.invalid").max(2100, "validation.invalid"),
    issuedAt: OptionalIsoDaySchema,
    startDate: IsoDaySchema,
    endDate: IsoDaySchema,
    content: optionalText(5000),
    targetUnitIds: z.array(IdSchema).min(1, "inspections.validation.targets").max(50, "validation.invalid"),
  })
  .superRefine((value, ctx) => {
    if (value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "inspections.validation.endBeforeStart" });
    if (Number(value.startDate.slice(0, 4)) !== value.year) ctx.addIssue({ code: "custom", path: ["startDate"], message: "inspections.validation.startInYear" });
    if (value.issuedAt && value.issuedAt > value.startDate) ctx.addIssue({ code: "custom", path: ["issuedAt"], message: "inspections.validation.issuedBeforeStart" });
  })
  .transform((value) => ({
    ...value,
    targetUnitIds: [...new Set(value.targetUnitIds)],
    issuedAt: value.issuedAt ? toDate(value.issuedAt) : null,
    startDate: toDate(value.startDate),
    endDate: toDate(value.endDate),
  }));
export type InspectionPlanInput = z.output<typeof InspectionPlanSchema>;

export const TeamMemberSchema = z.object({
  name: requiredText(120).transform((value) => value.normalize("NFC").replace(/\s+/g, " ")),
  position: optionalText(200),
  role: z.enum(TEAM_ROLES, "validation.choose"),
});
export type TeamMemberInput = z.output<typeof TeamMemberSchema>;

/** A visit (làm việc với đơn vị): the date must fall within the plan's dates (checked with the plan). */
export const VisitSchema = z
  .object({
    unitId: IdSchema,
    visitDate: IsoDaySchema,
    reviewed: optionalText(5000),
    findings: requiredText(10000),
    strengths: optionalText(5000),
    shortcomings: optionalText(5000),
    conclusion: optionalText(5000),
  })
  .transform((value) => ({ ...value, visitDate: toDate(value.visitDate) }));
export type VisitInput = z.output<typeof VisitSchema>;

export const RecommendationSchema = z
  .object({
    content: requiredText(2000),
    responsibleUnitId: IdSchema,
    dueDate: OptionalIsoDaySchema,
  })
  .transform((value) => ({ ...value, dueDate: value.dueDate ? toDate(value.dueDate) : null }));
export type RecommendationInput = z.output<typeof RecommendationSchema>;

export const FollowUpSchema = z
  .object({
    date: IsoDaySchema.refine((value) => value <= todayInVietnam(), "inspections.validation.notFuture"),
    note: requiredText(2000),
    statusAfter: z.enum(FOLLOW_UP_STATUSES, "validation.choose").default("IN_PROGRESS"),
  })
  .transform((value) => ({ ...value, date: toDate(value.date) }));
export type FollowUpInput = z.output<typeof FollowUpSchema>;

/** Year filters typed into the address bar: anything malformed is ignored. */
export const YearFilterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
