"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form";
import { TableHead, tdClass } from "@/components/ui";
import type { FormState } from "@/lib/validation/form";
import { saveClusterSubmissionAction } from "@/app/(app)/cluster-reports/actions";
import { SaveOrSubmitButtons } from "./intent-button";
import { NarrativeFields, type NarrativeField } from "./narrative-fields";

export interface SubmissionMetricRow {
  metric: string;
  label: string;
  group: string;
  computedText: string;
  declared: number | null;
  /** The formatted difference (declared − computed) when there is one. */
  differenceText: string | null;
}

export interface SubmissionFormLabels {
  metric: string;
  computed: string;
  declared: string;
  difference: string;
  save: string;
  saving: string;
  submit: string;
  submitting: string;
  submitHint: string;
  narrative: Record<NarrativeField, string>;
}

/** A school's part: declared totals beside the computed figures (differences highlighted), and the texts. */
export function SubmissionForm({
  submissionId,
  rows,
  narrative,
  labels,
}: {
  submissionId: string;
  rows: SubmissionMetricRow[];
  narrative: Record<NarrativeField, string | null>;
  labels: SubmissionFormLabels;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveClusterSubmissionAction, {});
  const value = (name: string, initial: string | null | undefined) => state.values?.[name] ?? initial ?? "";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-6">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full border-collapse text-left text-sm">
          <TableHead
            columns={[
              labels.metric,
              { label: labels.computed, className: "text-right" },
              { label: labels.declared, className: "w-40" },
              { label: labels.difference, className: "text-right" },
            ]}
          />
          <tbody>
            {rows.map((row, index) => {
              const name = `declared.${row.metric}`;
              const error = errors[name];
              const inputId = `declared-${row.metric}`;
              const newGroup = index === 0 || rows[index - 1].group !== row.group;
              return (
                <tr key={row.metric} data-metric={row.metric} className={`border-b border-slate-100 ${row.differenceText ? "bg-amber-50" : ""} ${newGroup ? "border-t-2 border-t-slate-200" : ""}`}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <label htmlFor={inputId}>{row.label}</label>
                    {newGroup ? <span className="ml-2 text-xs text-slate-500">({row.group})</span> : null}
                  </th>
                  <td className={`${tdClass} text-right tabular-nums`}>{row.computedText}</td>
                  <td className={tdClass}>
                    <input
                      id={inputId}
                      name={name}
                      inputMode="numeric"
                      defaultValue={value(name, row.declared === null ? "" : String(row.declared))}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      className={`w-28 rounded-md border bg-white px-2 py-1 text-right shadow-sm tabular-nums focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
                    />
                    <p id={`${inputId}-error`} aria-live="polite" className="text-xs text-red-700">{error}</p>
                  </td>
                  <td className={`${tdClass} text-right tabular-nums ${row.differenceText ? "font-semibold text-amber-900" : "text-slate-400"}`} data-testid={row.differenceText ? "difference" : undefined}>
                    {row.differenceText ?? "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <NarrativeFields
        labels={labels.narrative}
        errors={errors}
        values={{
          achievements: value("achievements", narrative.achievements),
          limitations: value("limitations", narrative.limitations),
          proposals: value("proposals", narrative.proposals),
          nextTasks: value("nextTasks", narrative.nextTasks),
        }}
      />
      <SaveOrSubmitButtons labels={labels} />
    </form>
  );
}
