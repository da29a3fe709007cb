"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { saveClusterReportAction } from "@/app/(app)/cluster-reports/actions";
import { SaveOrSubmitButtons } from "./intent-button";
import { NarrativeFields, type NarrativeField } from "./narrative-fields";

/** The head school's narrative of the cluster report; "complete" freezes the report. */
export function ReportForm({
  reportId,
  narrative,
  labels,
}: {
  reportId: string;
  narrative: Record<NarrativeField, string | null>;
  labels: { save: string; saving: string; submit: string; submitting: string; submitHint: string; narrative: Record<NarrativeField, string> };
}) {
  const [state, action] = useActionState<FormState, FormData>(saveClusterReportAction, {});
  const value = (name: NarrativeField) => state.values?.[name] ?? narrative[name] ?? "";
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="reportId" value={reportId} />
      <NarrativeFields
        labels={labels.narrative}
        errors={state.fieldErrors}
        values={{ achievements: value("achievements"), limitations: value("limitations"), proposals: value("proposals"), nextTasks: value("nextTasks") }}
      />
      <SaveOrSubmitButtons labels={labels} />
    </form>
  );
}
