"use server";

import { revalidatePath } from "next/cache";
import { requireActionViewer } from "@/lib/auth/session";
import { enrolLearners, OverCapacityError, withdrawEnrolment, type EnrolReport } from "@/lib/data/enrolments";
import { getTranslator } from "@/lib/i18n/server";
import { enrolFormInput, EnrolSchema, WithdrawSchema } from "@/lib/validation/enrolments";
import { failedForm, invalidForm, type FormState } from "@/lib/validation/form";
import { describeReport, overCapacityState, type EnrolReportText } from "./report";

/** The enrolment form's state: what was enrolled, and who was not and why, already in words. */
export type EnrolFormState = FormState & { report?: EnrolReportText; chosen?: string[] };

/** Enrols the chosen learners: the eligible (or overridden) join, the others are reported; nothing half-saved. */
export async function enrolLearnersAction(_state: EnrolFormState, formData: FormData): Promise<EnrolFormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = EnrolSchema.safeParse(enrolFormInput(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let report: EnrolReport;
  try {
    report = await enrolLearners(viewer, parsed.data);
  } catch (error) {
    const chosen = parsed.data.learnerIds;
    if (error instanceof OverCapacityError) return { ...overCapacityState(error, t, formData), chosen };
    return { ...failedForm(error, t, formData), chosen };
  }
  revalidatePath(`/classes/${parsed.data.classId}/enrolments`);
  revalidatePath(`/classes/${parsed.data.classId}`);
  return {
    ok: report.enrolled.length > 0,
    message: report.enrolled.length > 0 ? t("enrolment.enrol.result", { enrolled: report.enrolled.length }) : t("enrolment.enrol.resultNone"),
    report: describeReport(report, t),
  };
}

/** A learner leaves the class, with the reason kept. */
export async function withdrawEnrolmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = WithdrawSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let classId: string;
  try {
    ({ classId } = await withdrawEnrolment(viewer, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidatePath(`/classes/${classId}/enrolments`);
  revalidatePath(`/classes/${classId}`);
  return { ok: true, message: t("enrolment.withdraw.done") };
}
