import { z } from "zod";
import { ReportPeriod } from "@/lib/generated/prisma/enums";
import { METRIC_CODES } from "@/lib/domain/cluster-figures";
import { IdSchema, optionalText } from "./fields";

const narrative = optionalText(5000);

/** A declared total as typed: empty → null (the school gives none), else a whole number ≥ 0. */
const DeclaredSchema = z
  .string()
  .trim()
  .max(12, "cluster.validation.declared")
  .optional()
  .transform((value, ctx) => {
    const text = (value ?? "").replace(/[.\s]/g, "");
    if (text === "") return null;
    if (!/^\d{1,7}$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "cluster.validation.declared" });
      return z.NEVER;
    }
    return Number(text);
  });

const Intent = z.enum(["save", "submit"]).catch("save");

export const NarrativeSchema = z.object({ achievements: narrative, limitations: narrative, proposals: narrative, nextTasks: narrative });
export type NarrativeInput = z.output<typeof NarrativeSchema>;

export const ClusterReportCreateSchema = z.object({
  clusterId: IdSchema,
  year: z.coerce.number("validation.invalid").int("validation.invalid").min(2000, "validation.invalid").max(2100, "validation.invalid"),
  period: z.enum(ReportPeriod, "validation.choose"),
});
export type ClusterReportCreateInput = z.output<typeof ClusterReportCreateSchema>;

export const ClusterSubmissionSchema = NarrativeSchema.extend({
  submissionId: IdSchema,
  intent: Intent,
  declared: z.object(Object.fromEntries(METRIC_CODES.map((metric) => [metric, DeclaredSchema])) as Record<string, typeof DeclaredSchema>),
});
export type ClusterSubmissionInput = z.output<typeof ClusterSubmissionSchema>;

export const ClusterReportTextsSchema = NarrativeSchema.extend({ reportId: IdSchema, intent: Intent });
export type ClusterReportTextsInput = z.output<typeof ClusterReportTextsSchema>;

/** Form fields "declared.<metric>" → { declared: { metric: text } } for ClusterSubmissionSchema. */
export function clusterSubmissionFormInput(formData: FormData) {
  const declared: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("declared.")) declared[key.slice("declared.".length)] = value;
    else rest[key] = value;
  }
  return { ...rest, declared };
}
