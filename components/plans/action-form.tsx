"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import type { FormState } from "@/lib/validation/form";

export type FormField =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "number" | "date"; name: string; label: string; defaultValue?: string; required?: boolean; hint?: string; min?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; placeholder?: string; defaultValue?: string; required?: boolean };

/**
 * A form bound to a server action returning FormState: field errors next to their fields, the form's message
 * above, typed values kept after a refused submit and cleared after a successful one.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  columns = 2,
  inline = false,
  ariaLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FormField[];
  submitLabel: string;
  pendingLabel: string;
  columns?: 1 | 2 | 3;
  inline?: boolean;
  ariaLabel?: string;
  /** Needed when several forms with the same fields share a page: field ids must be unique. */
  idPrefix?: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const kept = state.ok ? undefined : state.values;
  const value = (name: string, fallback?: string) => kept?.[name] ?? fallback ?? "";
  const error = (name: string) => state.fieldErrors?.[name];
  // A key that changes with each result remounts the fields with the values to show (selects keep their
  // defaultValue only on mount; React 19 resets a form after its action).
  const key = JSON.stringify(state);
  const visible = fields.filter((f): f is Exclude<FormField, { kind: "hidden" }> => f.kind !== "hidden");
  const grid = columns === 1 ? "" : columns === 2 ? "md:grid-cols-2" : "md:grid-cols-3";
  return (
    <form action={formAction} key={key} noValidate aria-label={ariaLabel} className={inline ? "flex flex-col gap-2" : "flex flex-col gap-4"}>
      <FormMessage message={state.message} ok={state.ok} />
      {fields.map((f) => (f.kind === "hidden" ? <input key={f.name} type="hidden" name={f.name} value={f.value} /> : null))}
      {visible.length > 0 ? (
        <div className={`grid grid-cols-1 gap-x-6 gap-y-2 ${grid}`}>
          {visible.map((f) =>
            f.kind === "select" ? (
              <SelectField
                key={f.name}
                id={idPrefix ? `${idPrefix}-${f.name}` : undefined}
                name={f.name}
                label={f.label}
                options={f.options}
                placeholder={f.placeholder}
                defaultValue={value(f.name, f.defaultValue)}
                error={error(f.name)}
                required={f.required}
              />
            ) : (
              <Field
                key={f.name}
                id={idPrefix ? `${idPrefix}-${f.name}` : undefined}
                name={f.name}
                type={f.kind}
                label={f.label}
                defaultValue={value(f.name, f.defaultValue)}
                error={error(f.name)}
                required={f.required}
                hint={f.hint}
                min={f.min}
                inputMode={f.kind === "number" ? "numeric" : undefined}
                autoComplete="off"
              />
            ),
          )}
        </div>
      ) : null}
      {error("form") ? <p className="text-sm text-red-700">{error("form")}</p> : null}
      <div>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </div>
    </form>
  );
}
