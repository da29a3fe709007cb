import { z } from "zod";
import { CheckboxSchema, IdSchema, optionalText, requiredText } from "./fields";

/** The most learners one enrolment form may carry (a class is planned for about 80). */
export const MAX_ENROL_LEARNERS = 500;


/** Learners chosen for a class; an override reason lets ineligible ones in, with the reason kept. */
export const EnrolSchema = z.object({
  classId: IdSchema,
  learnerIds: z.array(IdSchema).min(1, "enrolment.enrol.chooseLearners").max(MAX_ENROL_LEARNERS, "validation.invalid"),
  overrideReason: optionalText(500),
  confirmOverCapacity: CheckboxSchema,
});

export type EnrolInput = z.output<typeof EnrolSchema>;

/** The form's fields: the learner checkboxes all share the name "learnerIds". */
export function enrolFormInput(formData: FormData) {
  return {
    classId: formData.get("classId") ?? undefined,
    learnerIds: formData.getAll("learnerIds").filter((value) => typeof value === "string"),
    overrideReason: formData.get("overrideReason") ?? undefined,
    confirmOverCapacity: formData.get("confirmOverCapacity") ?? undefined,
  };
}

export const WithdrawSchema = z.object({
  enrolmentId: IdSchema,
  note: requiredText(500),
});

export type WithdrawInput = z.output<typeof WithdrawSchema>;

export const ClassIdSchema = IdSchema;

/** The candidate search; anything malformed is ignored rather than refused. */
export const CandidateFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
});
