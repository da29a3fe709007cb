"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionViewer } from "@/lib/auth/session";
import { correctGrade, finalizeGradeSheet, saveGradeSheet } from "@/lib/data/grades";
import type { Translator } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { FinalizeSheetSchema, GradeCorrectionSchema, GradeSheetSchema, gradeSheetFormInput } from "@/lib/validation/grades";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";

function revalidateSheet(classId: string, subjectId: string) {
  revalidatePath(`/classes/${classId}/grades/${subjectId}`);
  revalidatePath(`/classes/${classId}`);
}

/** Row errors ("rows.3.score") are summed up in the form's message: the sheet was not saved, N rows are wrong. */
function withRowCount(state: FormState, t: Translator): FormState {
  const rows = new Set(Object.keys(state.fieldErrors ?? {}).flatMap((field) => /^rows\.(\d+)\./.exec(field)?.[1] ?? []));
  return rows.size > 0 ? { ...state, message: t("training.grades.rowsHaveErrors", { count: rows.size }) } : state;
}

/** Saves a whole grade sheet; one bad row refuses all of it, with the errors by row and field. */
export async function saveGradeSheetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = GradeSheetSchema.safeParse(gradeSheetFormInput(formData));
  if (!parsed.success) return withRowCount(invalidForm(parsed.error, t, formData), t);
  let changed: number;
  try {
    ({ changed } = await saveGradeSheet(viewer, parsed.data));
  } catch (error) {
    return withRowCount(failedForm(error, t, formData), t);
  }
  revalidateSheet(parsed.data.classId, parsed.data.subjectId);
  return {
    ok: true,
    message: changed > 0 ? t("training.grades.saved", { count: changed }) : t("training.grades.savedNothing"),
    values: submittedValues(formData),
  };
}

/** Locks a grade sheet (school leadership), then shows it locked. */
export async function finalizeGradeSheetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = FinalizeSheetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let resultsComputed: number | null;
  try {
    ({ resultsComputed } = await finalizeGradeSheet(viewer, parsed.data));
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidateSheet(parsed.data.classId, parsed.data.subjectId);
  // The finalize form is gone from the locked sheet's page, so the page itself says what happened.
  const results = resultsComputed === null ? "" : `&results=${resultsComputed}`;
  redirect(`/classes/${parsed.data.classId}/grades/${parsed.data.subjectId}?done=finalized${results}`);
}

/** Corrects one grade of a finalized sheet (school leadership), with a reason, then shows the corrections. */
export async function correctGradeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = GradeCorrectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidForm(parsed.error, t, formData);
  let sheet: { classId: string; subjectId: string };
  try {
    sheet = await correctGrade(viewer, parsed.data);
  } catch (error) {
    return failedForm(error, t, formData);
  }
  revalidateSheet(sheet.classId, sheet.subjectId);
  redirect(`/classes/${sheet.classId}/grades/${sheet.subjectId}?done=corrected#corrections`);
}
