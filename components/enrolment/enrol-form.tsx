"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { EmptyState, rowClass, TableCard, TableHead, tdClass } from "@/components/ui";
import { enrolLearnersAction, type EnrolFormState } from "@/app/(app)/classes/[id]/enrolments/actions";
import { EnrolReportView, type EnrolReportLabels } from "./enrol-report";

export interface Candidate {
  id: string;
  fullName: string;
  citizenId: string;
  birthDate: string;
  homeUnit: string;
  /** The entry conditions the learner fails, in words; empty when eligible. */
  failures: string[];
}

export interface EnrolFormLabels extends EnrolReportLabels {
  noCandidates: string;
  choose: string;
  name: string;
  citizenId: string;
  birthDate: string;
  unit: string;
  conditions: string;
  eligible: string;
  overrideReason: string;
  overrideHint: string;
  confirmOverCapacity: string;
  submit: string;
  submitting: string;
}

/** The search results as a multi-select: tick learners, give an override reason if needed, enrol. */
export function EnrolForm({ classId, candidates, labels }: { classId: string; candidates: Candidate[]; labels: EnrolFormLabels }) {
  const [state, action] = useActionState<EnrolFormState, FormData>(enrolLearnersAction, {});
  const values = state.ok ? undefined : state.values;
  const chosen = new Set(state.ok ? [] : (state.chosen ?? []));
  const capacityError = state.fieldErrors?.confirmOverCapacity;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate key={JSON.stringify(state)}>
      <input type="hidden" name="classId" value={classId} />
      {candidates.length === 0 ? (
        <EmptyState>{labels.noCandidates}</EmptyState>
      ) : (
        <>
          <TableCard>
            <TableHead
              columns={[
                { label: labels.choose.replace("{name}", ""), srOnly: true },
                labels.name,
                labels.citizenId,
                labels.birthDate,
                labels.unit,
                labels.conditions,
              ]}
            />
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id} className={rowClass}>
                  <td className={tdClass}>
                    <input
                      type="checkbox"
                      name="learnerIds"
                      value={c.id}
                      defaultChecked={chosen.has(c.id)}
                      aria-label={labels.choose.replace("{name}", c.fullName)}
                      className="h-4 w-4 accent-brand-700"
                    />
                  </td>
                  <th scope="row" className={`${tdClass} text-left font-medium`}>{c.fullName}</th>
                  <td className={`${tdClass} tabular-nums`}>{c.citizenId}</td>
                  <td className={`${tdClass} tabular-nums`}>{c.birthDate}</td>
                  <td className={tdClass}>{c.homeUnit}</td>
                  <td className={tdClass}>
                    {c.failures.length === 0 ? (
                      <span className="text-emerald-800">{labels.eligible}</span>
                    ) : (
                      <ul className="list-disc pl-4 text-amber-900">{c.failures.map((f) => <li key={f}>{f}</li>)}</ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableCard>
          <div className="flex max-w-2xl flex-col gap-1">
            <label htmlFor="enrol-override" className="text-sm font-medium text-slate-700">{labels.overrideReason}</label>
            <textarea
              id="enrol-override"
              name="overrideReason"
              rows={2}
              maxLength={500}
              defaultValue={values?.overrideReason ?? ""}
              aria-describedby="enrol-override-hint"
              aria-invalid={state.fieldErrors?.overrideReason ? true : undefined}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
            />
            <p id="enrol-override-hint" className="text-xs text-slate-500">{state.fieldErrors?.overrideReason ?? labels.overrideHint}</p>
          </div>
          <div className="flex flex-col gap-1">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="confirmOverCapacity"
                defaultChecked={values?.confirmOverCapacity === "on"}
                aria-invalid={capacityError ? true : undefined}
                aria-describedby={capacityError ? "enrol-capacity-error" : undefined}
                className="h-4 w-4 accent-brand-700"
              />
              {labels.confirmOverCapacity}
            </label>
            {capacityError ? <p id="enrol-capacity-error" aria-live="polite" className="text-sm text-red-700">{capacityError}</p> : null}
          </div>
        </>
      )}
      {/* Stays after the search comes back empty (e.g. everyone found was just enrolled). */}
      <FormMessage message={state.message} ok={state.ok} />
      {state.report ? <EnrolReportView report={state.report} labels={labels} /> : null}
      {state.fieldErrors?.learnerIds ? <p aria-live="polite" className="text-sm text-red-700">{state.fieldErrors.learnerIds}</p> : null}
      {candidates.length > 0 ? (
        <div>
          <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
        </div>
      ) : null}
    </form>
  );
}
