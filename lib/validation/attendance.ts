import { z } from "zod";
import { IdSchema, optionalText } from "./fields";

export const ATTENDANCE_STATUSES = ["PRESENT", "LATE", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED"] as const;
export const MAX_ATTENDANCE_ROWS = 500;

export const AttendanceRowSchema = z.object({
  enrolmentId: IdSchema,
  status: z.enum(ATTENDANCE_STATUSES, "validation.choose"),
  note: optionalText(300),
});

/** One session's attendance, saved whole. */
export const AttendanceSchema = z.object({
  classId: IdSchema,
  sessionId: IdSchema,
  rows: z.array(AttendanceRowSchema).min(1, "validation.required").max(MAX_ATTENDANCE_ROWS, "validation.invalid"),
});

export type AttendanceInput = z.output<typeof AttendanceSchema>;

/** Inputs named rows.<n>.<field> → { classId, sessionId, rows: [...] } for the schema. */
export function attendanceFormInput(formData: FormData) {
  const rows: Record<string, string>[] = [];
  for (const [key, value] of formData.entries()) {
    const match = /^rows\.(\d{1,4})\.(enrolmentId|status|note)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    if (index >= MAX_ATTENDANCE_ROWS + 1) continue;
    (rows[index] ??= {})[match[2]] = value;
  }
  return { classId: formData.get("classId") ?? undefined, sessionId: formData.get("sessionId") ?? undefined, rows: Array.from(rows, (row) => row ?? {}) };
}
