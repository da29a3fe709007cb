"use server";

import { revalidatePath } from "next/cache";
import { requireActionViewer } from "@/lib/auth/session";
import { saveAttendance } from "@/lib/data/attendance";
import type { Translator } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { attendanceFormInput, AttendanceSchema } from "@/lib/validation/attendance";
import { failedForm, invalidForm, submittedValues, type FormState } from "@/lib/validation/form";

/** Row errors ("rows.3.status") are summed up in the form's message: nothing was saved, N rows are wrong. */
function withRowCount(state: FormState, t: Translator): FormState {
  const rows = new Set(Object.keys(state.fieldErrors ?? {}).flatMap((field) => /^rows\.(\d+)\./.exec(field)?.[1] ?? []));
  return rows.size > 0 ? { ...state, message: t("enrolment.attendance.rowsHaveErrors", { count: rows.size }) } : state;
}

/** Saves one session's attendance whole; one bad row refuses all of it. */
export async function saveAttendanceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireActionViewer();
  const t = await getTranslator();
  const parsed = AttendanceSchema.safeParse(attendanceFormInput(formData));
  if (!parsed.success) return withRowCount(invalidForm(parsed.error, t, formData), t);
  let changed: number;
  try {
    ({ changed } = await saveAttendance(viewer, parsed.data));
  } catch (error) {
    return withRowCount(failedForm(error, t, formData), t);
  }
  revalidatePath(`/classes/${parsed.data.classId}/attendance`);
  return {
    ok: true,
    message: changed > 0 ? t("enrolment.attendance.saved", { count: changed }) : t("enrolment.attendance.savedNothing"),
    values: submittedValues(formData),
  };
}
