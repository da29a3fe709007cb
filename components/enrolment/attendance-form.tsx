"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { rowClass, TableCard, TableHead, tdClass } from "@/components/ui";
import type { FormState } from "@/lib/validation/form";
import { saveAttendanceAction } from "@/app/(app)/classes/[id]/attendance/actions";

export interface AttendanceRow {
  enrolmentId: string;
  name: string;
  birthDate: string;
  /** The saved status, or "" when not taken yet (shown as present). */
  status: string;
  note: string;
}

export interface AttendanceLabels {
  index: string;
  name: string;
  birthDate: string;
  status: string;
  note: string;
  statusFor: string;
  noteFor: string;
  save: string;
  saving: string;
  statuses: { value: string; label: string }[];
}

const fill = (template: string, name: string) => template.replace("{name}", name);

/** One session's attendance: a status and a note per learner, saved whole. Inputs are named rows.<n>.<field>. */
export function AttendanceForm({ classId, sessionId, rows, labels }: { classId: string; sessionId: string; rows: AttendanceRow[]; labels: AttendanceLabels }) {
  const [state, action] = useActionState<FormState, FormData>(saveAttendanceAction, {});
  const submitted = state.values;
  const error = (index: number) => state.fieldErrors?.[`rows.${index}.status`] ?? state.fieldErrors?.[`rows.${index}.note`];
  return (
    <form action={action} className="flex flex-col gap-4" noValidate key={`${sessionId}:${JSON.stringify(submitted ?? null)}`}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TableCard>
        <TableHead columns={[labels.index, labels.name, labels.birthDate, labels.status, labels.note]} />
        <tbody>
          {rows.map((row, index) => {
            const rowError = error(index);
            const status = submitted?.[`rows.${index}.status`] ?? (row.status || "PRESENT");
            const note = submitted ? (submitted[`rows.${index}.note`] ?? "") : row.note;
            return (
              <tr key={row.enrolmentId} className={`${rowClass} ${rowError ? "bg-red-50" : ""}`}>
                <td className={`${tdClass} text-slate-500`}>{index + 1}</td>
                <th scope="row" className={`${tdClass} text-left font-medium`}>{row.name}</th>
                <td className={`${tdClass} tabular-nums`}>{row.birthDate}</td>
                <td className={tdClass}>
                  <input type="hidden" name={`rows.${index}.enrolmentId`} value={row.enrolmentId} />
                  <select
                    name={`rows.${index}.status`}
                    defaultValue={status}
                    aria-label={fill(labels.statusFor, row.name)}
                    aria-invalid={rowError ? true : undefined}
                    aria-describedby={rowError ? `attendance-${index}-error` : undefined}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
                  >
                    {labels.statuses.map((option) => (
                      <option key={option.value} value={option.value}>{option.label}</option>
                    ))}
                  </select>
                  {rowError ? <p id={`attendance-${index}-error`} aria-live="polite" className="mt-1 text-xs text-red-700">{rowError}</p> : null}
                </td>
                <td className={tdClass}>
                  <input
                    name={`rows.${index}.note`}
                    defaultValue={note}
                    maxLength={300}
                    aria-label={fill(labels.noteFor, row.name)}
                    className="w-full min-w-32 rounded-md border border-slate-300 bg-white px-2 py-1 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableCard>
      <div className="sticky bottom-0 flex flex-col gap-2 bg-slate-50/95 py-3">
        <FormMessage message={state.message} ok={state.ok} />
        <div>
          <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        </div>
      </div>
    </form>
  );
}
