"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { withdrawEnrolmentAction } from "@/app/(app)/classes/[id]/enrolments/actions";

export interface WithdrawLabels {
  title: string;
  note: string;
  submit: string;
  submitting: string;
}

/** Withdraws one enrolment, with a required reason. */
export function WithdrawForm({ enrolmentId, labels }: { enrolmentId: string; labels: WithdrawLabels }) {
  const [state, action] = useActionState<FormState, FormData>(withdrawEnrolmentAction, {});
  const id = `withdraw-${enrolmentId}`;
  const error = state.fieldErrors?.note;
  return (
    <form action={action} className="flex w-72 flex-col gap-2" noValidate key={JSON.stringify(state)}>
      <p className="text-sm font-semibold">{labels.title}</p>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <label htmlFor={`${id}-note`} className="text-sm font-medium text-slate-700">{labels.note}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        maxLength={500}
        defaultValue={state.ok ? "" : (state.values?.note ?? "")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
      />
      {error ? <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{error}</p> : null}
      <div>
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      </div>
    </form>
  );
}
