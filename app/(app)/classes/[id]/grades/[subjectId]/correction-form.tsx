"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { correctGradeAction } from "@/app/(app)/classes/actions";

export interface CorrectionLabels {
  title: string;
  current: string;
  newScore: string;
  absent: string;
  reason: string;
  decisionRef: string;
  submit: string;
  saving: string;
  scoreHint: string;
}

/** Corrects one grade of a finalized sheet: the new score (or absent), a required reason, a decision number. */
export function CorrectionForm({ gradeId, labels }: { gradeId: string; labels: CorrectionLabels }) {
  const [state, action] = useActionState<FormState, FormData>(correctGradeAction, {});
  const values = state.ok ? undefined : state.values;
  const prefix = `correct-${gradeId}`;
  return (
    <form action={action} className="flex w-72 flex-col gap-2" noValidate key={JSON.stringify(state)}>
      <p className="text-sm font-semibold">{labels.title}</p>
      <p className="text-sm text-slate-600">{labels.current}</p>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="gradeId" value={gradeId} />
      <Field
        id={`${prefix}-score`}
        name="score"
        label={labels.newScore}
        inputMode="decimal"
        autoComplete="off"
        defaultValue={values?.score ?? ""}
        error={state.fieldErrors?.score}
        hint={labels.scoreHint}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="absent" defaultChecked={values?.absent === "on"} className="h-4 w-4 accent-brand-700" />
        {labels.absent}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-reason`} className="text-sm font-medium text-slate-700">{labels.reason}</label>
        <textarea
          id={`${prefix}-reason`}
          name="reason"
          rows={2}
          defaultValue={values?.reason ?? ""}
          aria-invalid={state.fieldErrors?.reason ? true : undefined}
          aria-describedby={`${prefix}-reason-error`}
          className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${state.fieldErrors?.reason ? "border-red-600" : "border-slate-300"}`}
        />
        <p id={`${prefix}-reason-error`} aria-live="polite" className="text-sm text-red-700">{state.fieldErrors?.reason}</p>
      </div>
      <Field id={`${prefix}-decision`} name="decisionRef" label={labels.decisionRef} defaultValue={values?.decisionRef ?? ""} error={state.fieldErrors?.decisionRef} />
      <div>
        <SubmitButton label={labels.submit} pendingLabel={labels.saving} />
      </div>
    </form>
  );
}
