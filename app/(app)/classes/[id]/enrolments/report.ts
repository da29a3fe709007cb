import type { EnrolReport, OverCapacityError } from "@/lib/data/enrolments";
import type { FailedRule } from "@/lib/domain/eligibility";
import type { MessageKey, Translator } from "@/lib/i18n";
import { submittedValues, type FormState } from "@/lib/validation/form";

/** An enrolment's outcome in words: who joined, who was already in the class, who was not eligible and why. */
export interface EnrolReportText {
  enrolled: string[];
  duplicates: string[];
  ineligible: { name: string; reasons: string[] }[];
}

export function describeReport(report: EnrolReport, t: Translator): EnrolReportText {
  return {
    enrolled: report.enrolled.map((e) => (e.overridden ? t("enrolment.enrol.enrolledOverride", { name: e.fullName }) : e.fullName)),
    duplicates: report.duplicates.map((d) => d.fullName),
    ineligible: report.ineligible.map((i) => ({
      name: i.fullName,
      reasons: failureTexts(i.failures, t),
    })),
  };
}

/** The entry conditions a learner fails, in words. */
export function failureTexts(failures: FailedRule[], t: Translator): string[] {
  return failures.map((f) =>
    f.rule === "minEducation" ? t(f.key, { level: t(`training.enums.education.${String(f.params.level)}` as MessageKey) }) : t(f.key, f.params),
  );
}

/** Over capacity reads as an error of the confirmation box, with the numbers in the message. */
export function overCapacityState(error: OverCapacityError, t: Translator, formData: FormData): FormState {
  return {
    message: t("enrolment.enrol.overCapacity", { planned: error.plannedSize, count: error.wouldBe }),
    fieldErrors: { confirmOverCapacity: t("enrolment.enrol.overCapacityField") },
    values: submittedValues(formData),
  };
}
