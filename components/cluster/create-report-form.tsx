"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";
import { createClusterReportAction } from "@/app/(app)/cluster-reports/actions";

/** The head school opens a period's report: a cluster year and a period still without a report. */
export function CreateReportForm({
  options,
  labels,
}: {
  options: { clusterYears: { value: string; label: string }[]; periods: { value: string; label: string }[] };
  labels: { clusterYear: string; period: string; choose: string; create: string; creating: string };
}) {
  const [state, action] = useActionState<FormState, FormData>(createClusterReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} ok={state.ok} />
      <div className="flex flex-wrap items-start gap-3">
        <SelectField
          name="clusterYear"
          label={labels.clusterYear}
          options={options.clusterYears}
          defaultValue={state.values?.clusterYear ?? options.clusterYears[0]?.value}
          error={state.fieldErrors?.clusterId ?? state.fieldErrors?.year}
          className="min-w-72"
        />
        <SelectField
          name="period"
          label={labels.period}
          options={options.periods}
          placeholder={labels.choose}
          defaultValue={state.values?.period ?? ""}
          error={state.fieldErrors?.period}
        />
      </div>
      <div>
        <SubmitButton label={labels.create} pendingLabel={labels.creating} />
      </div>
    </form>
  );
}
