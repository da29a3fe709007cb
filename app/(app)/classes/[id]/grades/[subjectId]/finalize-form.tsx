"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { finalizeGradeSheetAction } from "@/app/(app)/classes/actions";

/** Locks the sheet; the refusal (e.g. learners without a score) is shown above the button. */
export function FinalizeForm({ classId, subjectId, labels }: { classId: string; subjectId: string; labels: { title: string; hint: string; submit: string; pending: string } }) {
  const [state, action] = useActionState<FormState, FormData>(finalizeGradeSheetAction, {});
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 className="text-lg font-semibold text-slate-900">{labels.title}</h2>
      <p className="text-sm text-amber-900">{labels.hint}</p>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <div>
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
      </div>
    </form>
  );
}
