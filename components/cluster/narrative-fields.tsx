import type { Translator } from "@/lib/i18n";

const FIELDS = ["achievements", "limitations", "proposals", "nextTasks"] as const;
export type NarrativeField = (typeof FIELDS)[number];

/** The four texts' labels, for NarrativeFields. */
export function narrativeFieldLabels(t: Translator): Record<NarrativeField, string> {
  return {
    achievements: t("cluster.narrative.achievements"),
    limitations: t("cluster.narrative.limitations"),
    proposals: t("cluster.narrative.proposals"),
    nextTasks: t("cluster.narrative.nextTasks"),
  };
}

/** The four texts of a report part (kết quả, hạn chế, đề xuất, nhiệm vụ), editable or read-only. */
export function NarrativeFields({
  labels,
  values,
  errors = {},
  readOnly = false,
}: {
  labels: Record<NarrativeField, string>;
  values: Partial<Record<NarrativeField, string | null>>;
  errors?: Record<string, string>;
  readOnly?: boolean;
}) {
  if (readOnly) {
    return (
      <dl className="flex flex-col gap-4">
        {FIELDS.map((field) => (
          <div key={field}>
            <dt className="text-sm font-semibold text-slate-700">{labels[field]}</dt>
            <dd className="mt-1 whitespace-pre-line text-slate-900">{values[field] || "—"}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {FIELDS.map((field) => {
        const id = `field-${field}`;
        const error = errors[field];
        return (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm font-medium text-slate-700">{labels[field]}</label>
            <textarea
              id={id}
              name={field}
              rows={4}
              defaultValue={values[field] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className={`rounded-md border bg-white px-3 py-2 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
            />
            <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{error}</p>
          </div>
        );
      })}
    </div>
  );
}
