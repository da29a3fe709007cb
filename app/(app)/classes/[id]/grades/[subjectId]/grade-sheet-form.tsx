"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { rowClass, TableCard, TableHead, tdClass } from "@/components/ui";
import type { FormState } from "@/lib/validation/form";
import { saveGradeSheetAction } from "@/app/(app)/classes/actions";

export interface GradeSheetRow {
  enrolmentId: string;
  name: string;
  birthDate: string;
  /** The saved score as shown in the viewer's locale ("7,50"), or "". */
  score: string;
  absent: boolean;
  note: string;
}

export interface GradeSheetLabels {
  index: string;
  name: string;
  birthDate: string;
  score: string;
  absent: string;
  note: string;
  scoreFor: string;
  absentFor: string;
  noteFor: string;
  scoreHint: string;
  save: string;
  saving: string;
}

const fill = (template: string, name: string) => template.replace("{name}", name);

/** The editable sheet: one row per learner, saved whole. Inputs are named rows.<n>.<field>. */
export function GradeSheetForm({ classId, subjectId, rows, labels, version }: { classId: string; subjectId: string; rows: GradeSheetRow[]; labels: GradeSheetLabels; version: string }) {
  const [state, action] = useActionState<FormState, FormData>(saveGradeSheetAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  // A long sheet is saved from its bottom: take the user to the first wrong cell.
  useEffect(() => {
    if (state.fieldErrors) formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const submitted = state.values;
  const error = (index: number, field: string) => state.fieldErrors?.[`rows.${index}.${field}`];
  // Remount the inputs with each result (and each saved version) so they show what was typed or saved.
  const key = `${version}:${JSON.stringify(submitted ?? null)}`;
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate key={key}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <p id="score-hint" className="text-sm text-slate-600">{labels.scoreHint}</p>
      <TableCard>
        <TableHead columns={[labels.index, labels.name, labels.birthDate, labels.score, labels.absent, labels.note]} />
        <tbody>
          {rows.map((row, index) => {
            const scoreError = error(index, "score") ?? error(index, "enrolmentId");
            const noteError = error(index, "note");
            const scoreValue = submitted ? (submitted[`rows.${index}.score`] ?? "") : row.score;
            const absent = submitted ? submitted[`rows.${index}.absent`] === "on" : row.absent;
            const noteValue = submitted ? (submitted[`rows.${index}.note`] ?? "") : row.note;
            return (
              <tr key={row.enrolmentId} className={`${rowClass} ${scoreError || noteError ? "bg-red-50" : ""}`}>
                <td className={`${tdClass} text-slate-500`}>{index + 1}</td>
                <th scope="row" className={`${tdClass} text-left font-medium`}>{row.name}</th>
                <td className={`${tdClass} tabular-nums`}>{row.birthDate}</td>
                <td className={tdClass}>
                  <input type="hidden" name={`rows.${index}.enrolmentId`} value={row.enrolmentId} />
                  <input
                    id={`score-${index}`}
                    name={`rows.${index}.score`}
                    defaultValue={scoreValue}
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={fill(labels.scoreFor, row.name)}
                    aria-invalid={scoreError ? true : undefined}
                    aria-describedby={scoreError ? `score-${index}-error` : "score-hint"}
                    className={`w-20 rounded-md border bg-white px-2 py-1 text-right tabular-nums shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${scoreError ? "border-red-600" : "border-slate-300"}`}
                  />
                  {scoreError ? (
                    <p id={`score-${index}-error`} aria-live="polite" className="mt-1 max-w-56 text-xs text-red-700">{scoreError}</p>
                  ) : null}
                </td>
                <td className={tdClass}>
                  <input
                    type="checkbox"
                    name={`rows.${index}.absent`}
                    defaultChecked={absent}
                    aria-label={fill(labels.absentFor, row.name)}
                    className="h-4 w-4 accent-brand-700"
                  />
                </td>
                <td className={tdClass}>
                  <input
                    name={`rows.${index}.note`}
                    defaultValue={noteValue}
                    maxLength={300}
                    aria-label={fill(labels.noteFor, row.name)}
                    aria-invalid={noteError ? true : undefined}
                    aria-describedby={noteError ? `note-${index}-error` : undefined}
                    className={`w-full min-w-32 rounded-md border bg-white px-2 py-1 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${noteError ? "border-red-600" : "border-slate-300"}`}
                  />
                  {noteError ? <p id={`note-${index}-error`} aria-live="polite" className="mt-1 text-xs text-red-700">{noteError}</p> : null}
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
