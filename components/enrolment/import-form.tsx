"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { Badge, linkClass, rowClass, Section, TableCard, TableHead, tdClass, type BadgeTone } from "@/components/ui";
import { commitImportAction, previewImportAction } from "@/app/(app)/learners/import/actions";
import type { ImportFormState } from "@/app/(app)/learners/import/describe";
import { EnrolReportView, type EnrolReportLabels } from "./enrol-report";

export interface ImportLabels extends EnrolReportLabels {
  file: string;
  fileHint: string;
  check: string;
  checking: string;
  previewTitle: string;
  previewIntro: string;
  invalidNotice: string;
  columns: { line: string; name: string; citizenId: string; birthDate: string; status: string; errors: string };
  existingLink: string;
  enrolInto: string;
  noClass: string;
  enrolHint: string;
  confirmOverCapacity: string;
  commit: string;
  commitNothing: string;
  committing: string;
}

const TONES: Record<string, BadgeTone> = { invalid: "red", new: "green", registered: "sky", registeredElsewhere: "amber" };

/**
 * Two steps on one page: upload and check (dry run), then import the valid rows. The checked rows travel
 * back as text cells in a hidden field and are checked again on import (see lib/data/learner-import.ts).
 */
export function ImportForm({ labels, classes }: { labels: ImportLabels; classes: { value: string; label: string }[] }) {
  const [checked, check] = useActionState<ImportFormState, FormData>(previewImportAction, {});
  const [done, commit] = useActionState<ImportFormState, FormData>(commitImportAction, {});
  // The newest answer wins: an import after the check, or a new check after an import.
  const current = done.committed && (done.stamp ?? 0) > (checked.stamp ?? 0) ? done : checked;
  const preview = current.preview;
  const cells = checked.cells;
  const fileError = checked.fieldErrors?.file;
  const newCount = preview?.counts.new ?? 0;
  const registered = preview?.counts.registered ?? 0;

  return (
    <div className="flex flex-col gap-6">
      <form action={check} className="flex flex-col gap-3" noValidate key={`check:${checked.stamp ?? 0}:${checked.message ?? ""}`}>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-700">{labels.file}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby="import-file-hint"
            className="text-sm"
          />
          <p id="import-file-hint" aria-live="polite" className={`text-sm ${fileError ? "text-red-700" : "text-slate-500"}`}>{fileError ?? labels.fileHint}</p>
        </div>
        {!checked.ok && checked.message && !fileError ? <FormMessage message={checked.message} /> : null}
        <div>
          <SubmitButton label={labels.check} pendingLabel={labels.checking} />
        </div>
      </form>

      {preview ? (
        <Section title={labels.previewTitle} intro={current.committed ? undefined : labels.previewIntro} id="import-preview">
          <div className="flex flex-col gap-4">
            <p className="font-medium" data-testid="import-summary">{preview.summary}</p>
            {preview.counts.invalid > 0 ? (
              <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {labels.invalidNotice.replace("{count}", String(preview.counts.invalid))}
              </p>
            ) : null}
            <TableCard>
              <TableHead
                columns={[
                  labels.columns.line,
                  labels.columns.name,
                  labels.columns.citizenId,
                  labels.columns.birthDate,
                  labels.columns.status,
                  labels.columns.errors,
                ]}
              />
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={`${rowClass} ${row.status === "invalid" ? "bg-red-50" : ""}`} data-testid={`import-row-${row.line}`}>
                    <td className={`${tdClass} tabular-nums text-slate-500`}>{row.line}</td>
                    <th scope="row" className={`${tdClass} text-left font-medium`}>{row.fullName}</th>
                    <td className={`${tdClass} tabular-nums`}>{row.citizenId}</td>
                    <td className={`${tdClass} tabular-nums`}>{row.birthDate}</td>
                    <td className={tdClass}>
                      <Badge tone={TONES[row.status]}>{row.statusLabel}</Badge>
                      {row.existing ? (
                        <div className="mt-1">
                          <Link href={`/learners/${row.existing.id}`} className={linkClass}>{labels.existingLink.replace("{name}", row.existing.fullName)}</Link>
                        </div>
                      ) : null}
                    </td>
                    <td className={tdClass}>
                      {row.errors.length > 0 ? <ul className="list-disc pl-4 text-red-800">{row.errors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableCard>

            {current.committed ? (
              <>
                <FormMessage message={done.message} ok={done.ok} />
                {done.report ? <EnrolReportView report={done.report} labels={labels} /> : null}
              </>
            ) : cells && (newCount > 0 || registered > 0) ? (
              <form action={commit} className="flex flex-col gap-3" noValidate key={`commit:${checked.stamp ?? 0}:${done.message ?? ""}`}>
                <input type="hidden" name="cells" value={cells} />
                <input type="hidden" name="fileName" value={checked.fileName ?? ""} />
                {classes.length > 0 ? (
                  <div className="flex max-w-xl flex-col gap-1">
                    <label htmlFor="import-class" className="text-sm font-medium text-slate-700">{labels.enrolInto}</label>
                    <select
                      id="import-class"
                      name="classId"
                      defaultValue={done.values?.classId ?? ""}
                      aria-describedby="import-class-hint"
                      className="rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
                    >
                      <option value="">{labels.noClass}</option>
                      {classes.map((c) => (
                        <option key={c.value} value={c.value}>{c.label}</option>
                      ))}
                    </select>
                    <p id="import-class-hint" className="text-xs text-slate-500">{labels.enrolHint}</p>
                    <label className="mt-1 flex items-center gap-2 text-sm">
                      <input type="checkbox" name="confirmOverCapacity" defaultChecked={done.values?.confirmOverCapacity === "on"} className="h-4 w-4 accent-brand-700" />
                      {labels.confirmOverCapacity}
                    </label>
                    {done.fieldErrors?.confirmOverCapacity ? <p aria-live="polite" className="text-sm text-red-700">{done.fieldErrors.confirmOverCapacity}</p> : null}
                  </div>
                ) : null}
                {!done.ok && done.message ? <FormMessage message={done.message} /> : null}
                <div>
                  <SubmitButton label={newCount > 0 ? labels.commit.replace("{count}", String(newCount)) : labels.commitNothing} pendingLabel={labels.committing} />
                </div>
              </form>
            ) : null}
          </div>
        </Section>
      ) : null}
    </div>
  );
}
